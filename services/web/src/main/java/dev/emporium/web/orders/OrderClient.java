package dev.emporium.web.orders;

import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Order's public API with the customer's token: their orders (newest first), one order, its tracking, cancelling it. */
@Component
public class OrderClient {

    private final Upstream order;

    OrderClient(Upstream orderApi) {
        this.order = orderApi;
    }

    public Answer orders(String accessToken, int page, int size) {
        return order.get("/api/v1/orders").bearer(accessToken).query("page", page).query("size", size).send();
    }

    /** 404 for an order that is not the customer's. */
    public Answer order(String accessToken, UUID id) {
        return order.get("/api/v1/orders/{id}", id).bearer(accessToken).send();
    }

    /** 404 before the order ships. */
    public Answer tracking(String accessToken, UUID id) {
        return order.get("/api/v1/orders/{id}/tracking", id).bearer(accessToken).send();
    }

    /** 200 cancelled (and refunded); 409 {@code ORDER_NOT_CANCELLABLE} once shipped. */
    public Answer cancel(String accessToken, UUID id) {
        return order.post("/api/v1/orders/{id}/cancel", id).bearer(accessToken).send();
    }
}
