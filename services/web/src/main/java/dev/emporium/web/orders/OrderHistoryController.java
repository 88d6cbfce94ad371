package dev.emporium.web.orders;

import dev.emporium.web.StorefrontProperties;
import dev.emporium.web.errors.Ids;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/orders}: the customer's orders, newest first, a page at a time; {@code /account/orders/{id}}: one
 * order with its lines, totals, address, payment, status history and, once shipped, its tracking (order and its
 * tracking asked for at once). A paid order that has not shipped can be cancelled from there; order's refusal (it
 * shipped meanwhile) is said on the page. Another customer's order is the 404 page.
 */
@Controller
class OrderHistoryController {

    private final OrderPages pages;
    private final OrderClient orders;
    private final CustomerSession customers;
    private final Parallel parallel;
    private final MessageSource messages;
    private final StorefrontProperties properties;

    OrderHistoryController(OrderPages pages, OrderClient orders, CustomerSession customers, Parallel parallel,
            MessageSource messages, StorefrontProperties properties) {
        this.pages = pages;
        this.orders = orders;
        this.customers = customers;
        this.parallel = parallel;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping("/account/orders")
    String history(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        if (page < 0 || page > 10_000) {
            throw new PageNotFoundException();
        }
        model.addAttribute("orders", pages.page(request, customers.requireAccessToken(request), page, properties.ordersPageSize()));
        return "orders";
    }

    @GetMapping("/account/orders/{id}")
    String order(@PathVariable String id, HttpServletRequest request, Model model) {
        UUID orderId = Ids.parse(id);
        String token = customers.requireAccessToken(request);
        Pending<Answer> order = parallel.start(() -> orders.order(token, orderId));
        Pending<Answer> tracking = parallel.start(() -> orders.tracking(token, orderId));
        model.addAttribute("order", pages.read(request, order.join(), OrderDetails.class));
        model.addAttribute("tracking", tracking.optional().filter(Answer::ok).map(answer -> answer.as(OrderDetails.Tracking.class))
                .orElse(null));
        return "order";
    }

    @PostMapping("/account/orders/{id}/cancel")
    String cancel(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        UUID orderId = Ids.parse(id);
        Answer answer = orders.cancel(customers.requireAccessToken(request), orderId);
        customers.checkNotRefused(request, answer.status());
        if (answer.status() == 404 || answer.status() == 400) {
            throw new PageNotFoundException();
        }
        if (answer.ok()) {
            redirect.addFlashAttribute("orderMessage", text("order.cancelled"));
        } else if (answer.status() == 409) {
            redirect.addFlashAttribute("orderError", text("order.not-cancellable"));
        } else {
            throw new UpstreamUnavailableException("order", "cancel answered " + answer.status(), null);
        }
        return "redirect:/account/orders/" + orderId;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

}
