package dev.emporium.web.checkout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /checkout}: where to ship, how fast (each method with its price), what it all costs, and the card. The
 * summary is quoted again whenever the address or the method changes: with htmx, {@code POST /checkout/quote}
 * answers the summary alone (the card fields are not sent); without JavaScript, the "update" button posts the form
 * to {@code /checkout/update}, which answers the whole page (the card fields are ignored, and empty again).
 * The customer's choices are kept in the session with the attempt; the card never is.
 */
@Controller
class CheckoutPageController {

    private final CheckoutPages pages;
    private final CheckoutAttempts attempts;
    private final CheckoutChecks checks;

    CheckoutPageController(CheckoutPages pages, CheckoutAttempts attempts, CheckoutChecks checks) {
        this.pages = pages;
        this.attempts = attempts;
        this.checks = checks;
    }

    @GetMapping("/checkout")
    String checkout(HttpServletRequest request, HttpServletResponse response, Model model) {
        CheckoutForm form = CheckoutForm.of(attempts.current(request), null);
        BindingResult binding = new BeanPropertyBindingResult(form, CheckoutPages.FORM);
        if (form.newAddress() && !form.address().blank()) {
            checks.address(form, binding);
        }
        pages.fill(request, response, form, binding, model, null, HttpStatus.OK, false);
        return "checkout";
    }

    @PostMapping("/checkout/update")
    String update(@ModelAttribute(CheckoutPages.FORM) CheckoutForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        choose(form, binding, request);
        pages.fill(request, response, form, binding, model, null,
                binding.hasErrors() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, form.confirmTotal() != null);
        return "checkout";
    }

    /** htmx: the summary for the address and method now chosen, and each method's price (out of band). */
    @PostMapping("/checkout/quote")
    String quote(@ModelAttribute(CheckoutPages.FORM) CheckoutForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        choose(form, binding, request);
        pages.fill(request, response, form, binding, model, null, HttpStatus.OK, form.confirmTotal() != null);
        model.addAttribute("oob", true);
        return "checkout :: summary";
    }

    private void choose(CheckoutForm form, BindingResult binding, HttpServletRequest request) {
        checks.address(form, binding);
        attempts.choose(request, form);
    }
}
