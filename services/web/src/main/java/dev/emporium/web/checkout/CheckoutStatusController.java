package dev.emporium.web.checkout;

import dev.emporium.web.errors.Ids;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * {@code /checkout/{checkoutId}}: where the card provider's confirmation page sends the customer back (checkout's
 * {@code saga.return-url}), and where a second submit of the same form waits for the first. It follows the checkout
 * ({@code GET /api/v1/checkout/{id}}) until it ends: COMPLETED goes on to the order's confirmation, FAILED says why
 * (nothing charged, the cart as it was). Meanwhile the page asks again every few seconds: htmx polls the status
 * fragment, and without JavaScript a {@code meta refresh} reloads the page. Another customer's checkout is a 404.
 */
@Controller
class CheckoutStatusController {

    static final int POLL_SECONDS = 2;

    private final CheckoutClient checkout;
    private final CustomerSession customers;
    private final CheckoutProblems problems;

    CheckoutStatusController(CheckoutClient checkout, CustomerSession customers, CheckoutProblems problems) {
        this.checkout = checkout;
        this.customers = customers;
        this.problems = problems;
    }

    @GetMapping("/checkout/{checkoutId:" + Ids.UUID_PATTERN + "}")
    String follow(@PathVariable UUID checkoutId, HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        Answer answer = checkout.status(customers.requireAccessToken(request), checkoutId);
        customers.checkNotRefused(request, answer.status());
        if (answer.status() == 404) {
            throw new PageNotFoundException();
        }
        if (!answer.ok()) {
            throw new UpstreamUnavailableException("checkout", "following a checkout answered "
                    + answer.status(), null);
        }
        String status = answer.body().path("status").asString("");
        String orderId = answer.body().path("orderId").asString("");
        if ("COMPLETED".equals(status) && !orderId.isEmpty()) {
            return redirect("/checkout/complete/" + UUID.fromString(orderId), htmx, response);
        }
        if (htmx != null && "FAILED".equals(status)) {
            return redirect("/checkout/" + checkoutId, htmx, response);
        }
        model.addAttribute("checkoutId", checkoutId);
        model.addAttribute("pollSeconds", POLL_SECONDS);
        if ("FAILED".equals(status)) {
            response.setStatus(CheckoutProblems.status(answer.body().path("problem").path("code").asString("")).value());
            model.addAttribute("alert", problems.alert(answer.body().path("problem"), sku -> sku));
            return "checkout-pending";
        }
        String next = answer.body().path("nextAction").path("url").asString("");
        model.addAttribute("confirmUrl", "AWAITING_PAYMENT".equals(status) && next.matches("https?://.*") ? next : null);
        model.addAttribute("refreshAfter", POLL_SECONDS);
        response.setStatus(HttpStatus.ACCEPTED.value());
        return htmx != null ? "checkout-pending :: status" : "checkout-pending";
    }

    /** htmx follows {@code HX-Redirect} with a whole page; a browser without it follows the 303. */
    private static String redirect(String path, @Nullable String htmx, HttpServletResponse response) {
        if (htmx != null) {
            response.setHeader("HX-Redirect", path);
            return "fragments/empty :: empty";
        }
        return "redirect:" + path;
    }
}
