package dev.emporium.web.orders;

import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads the customer's orders for a page: an order that is not theirs (or does not exist) is the 404 page, order
 * being down the 503 page, a refused token sends them to sign in again.
 */
@Component
public class OrderPages {

    private final OrderClient orders;
    private final CustomerSession customers;

    OrderPages(OrderClient orders, CustomerSession customers) {
        this.orders = orders;
        this.customers = customers;
    }

    public OrderDetails order(HttpServletRequest request, String accessToken, UUID id) {
        return read(request, orders.order(accessToken, id), OrderDetails.class);
    }

    OrderDetails.Page page(HttpServletRequest request, String accessToken, int page, int size) {
        return read(request, orders.orders(accessToken, page, size), OrderDetails.Page.class);
    }

    <T> T read(HttpServletRequest request, Answer answer, Class<T> type) {
        customers.checkNotRefused(request, answer.status());
        if (answer.status() == 404 || answer.status() == 400) {
            throw new PageNotFoundException();
        }
        if (!answer.ok()) {
            throw new UpstreamUnavailableException("order", "answered " + answer.status() + " " + answer.code(), null);
        }
        return answer.as(type);
    }
}
