package dev.emporium.web.account;

import dev.emporium.web.cart.ShopperCart;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.identity.IdentityClient;
import dev.emporium.web.identity.IdentityClient.SignInResult;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in and out. Identity checks the password and issues the tokens, which stay in the session
 * ({@link CustomerSession}); the guest cart is merged into the customer's; the shopper goes back to the page they
 * came from. A wrong password, a throttled account or identity being down is said on the form, which keeps the
 * email typed (never the password).
 */
@Controller
class SignInController {

    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final IdentityClient identity;
    private final CustomerSession customers;
    private final ShopperCart cart;

    SignInController(IdentityClient identity, CustomerSession customers, ShopperCart cart) {
        this.identity = identity;
        this.customers = customers;
        this.cart = cart;
    }

    @GetMapping("/login")
    String form(@RequestParam(required = false) @Nullable String next,
            @RequestParam(required = false) @Nullable String expired, Model model) {
        model.addAttribute("form", SignInForm.empty(SafeRedirects.local(next)));
        model.addAttribute("expired", expired != null);
        return "login";
    }

    @PostMapping("/login")
    String signIn(@Valid @ModelAttribute("form") SignInForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (binding.hasErrors()) {
            return refused(response, model, null);
        }
        SignInResult result;
        try {
            result = identity.signIn(form.email().strip(), form.password(), request.getRemoteAddr());
        } catch (UpstreamUnavailableException e) {
            log.warn("Sign-in is unavailable: {}", e.getMessage());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return refused(response, model, "signin.unavailable");
        }
        return switch (result) {
            case SignInResult.SignedIn signedIn -> {
                customers.signIn(request, response, signedIn.tokens());
                adoptGuestCart(request, signedIn.tokens().accessToken());
                yield "redirect:" + SafeRedirects.local(form.next());
            }
            case SignInResult.Throttled throttled -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                yield refused(response, model, "signin.throttled");
            }
            case SignInResult.Refused refused -> refused(response, model, "signin.refused");
        };
    }

    @PostMapping("/logout")
    String signOut(HttpServletRequest request) {
        customers.signOut(request);
        return "redirect:/";
    }

    /** Merging is a convenience: the customer is signed in even when cart is down (the guest cart stays for later). */
    private void adoptGuestCart(HttpServletRequest request, String accessToken) {
        try {
            cart.adoptGuestCart(request, accessToken);
        } catch (UpstreamUnavailableException e) {
            log.warn("The guest cart could not be merged at sign-in: {}", e.getMessage());
        }
    }

    /** The form again with what went wrong; the template never writes the password back. */
    private static String refused(HttpServletResponse response, Model model, @Nullable String reason) {
        if (response.getStatus() == HttpStatus.OK.value()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        model.addAttribute("failure", reason);
        return "login";
    }
}
