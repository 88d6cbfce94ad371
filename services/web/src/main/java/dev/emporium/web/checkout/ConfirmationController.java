package dev.emporium.web.checkout;

import dev.emporium.web.errors.Ids;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.orders.OrderPages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /checkout/complete/{orderId}}: the order just placed, with its number, lines, totals, address and the card's
 * last four digits. Only its customer sees it (order answers 404 to anyone else, and so does this page).
 */
@Controller
class ConfirmationController {

    private final OrderPages orders;
    private final CustomerSession customers;

    ConfirmationController(OrderPages orders, CustomerSession customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @GetMapping("/checkout/complete/{orderId}")
    String complete(@PathVariable String orderId, HttpServletRequest request, Model model) {
        model.addAttribute("order", orders.order(request, customers.requireAccessToken(request), Ids.parse(orderId)));
        return "checkout-complete";
    }
}
