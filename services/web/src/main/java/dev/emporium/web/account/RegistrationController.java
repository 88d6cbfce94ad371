package dev.emporium.web.account;

import dev.emporium.web.cart.ShopperCart;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.identity.IdentityClient;
import dev.emporium.web.identity.IdentityClient.RegistrationResult;
import dev.emporium.web.identity.IdentityClient.SignInResult;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Opening an account ({@code /register}): name, email and a password of 10 to 128 characters, each mistake shown
 * next to its field; an email already registered is said on the email field. Once identity has made the account
 * the customer is signed in and their guest cart merged, as after signing in.
 */
@Controller
class RegistrationController {

    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);

    private final IdentityClient identity;
    private final CustomerSession customers;
    private final ShopperCart cart;

    RegistrationController(IdentityClient identity, CustomerSession customers, ShopperCart cart) {
        this.identity = identity;
        this.customers = customers;
        this.cart = cart;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return "register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            return again(response, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        RegistrationForm account = form.trimmed();
        try {
            RegistrationResult result = identity.register(account.name(), account.email(), account.password());
            return switch (result) {
                case RegistrationResult.EmailTaken taken -> {
                    binding.rejectValue("email", "form.email.taken");
                    yield again(response, HttpStatus.CONFLICT);
                }
                case RegistrationResult.Invalid invalid -> {
                    invalid.fields().stream().filter(field -> binding.getFieldErrorCount(field) == 0)
                            .filter(field -> field.equals("name") || field.equals("email") || field.equals("password"))
                            .forEach(field -> binding.rejectValue(field, "form." + field + ".invalid"));
                    if (!binding.hasErrors()) {
                        binding.reject("register.failed");
                    }
                    yield again(response, HttpStatus.UNPROCESSABLE_ENTITY);
                }
                case RegistrationResult.Registered registered -> signIn(account, request, response);
            };
        } catch (UpstreamUnavailableException e) {
            log.warn("Registration is unavailable: {}", e.getMessage());
            binding.reject("register.unavailable");
            return again(response, HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    /** The account exists: sign in with it (if that fails, the sign-in page says so). */
    private String signIn(RegistrationForm account, HttpServletRequest request, HttpServletResponse response) {
        SignInResult result = identity.signIn(account.email(), account.password(), request.getRemoteAddr());
        if (result instanceof SignInResult.SignedIn signedIn) {
            customers.signIn(request, response, signedIn.tokens());
            try {
                cart.adoptGuestCart(request, signedIn.tokens().accessToken());
            } catch (UpstreamUnavailableException e) {
                log.warn("The guest cart could not be merged after registration: {}", e.getMessage());
            }
            return "redirect:/";
        }
        return "redirect:/login";
    }

    /** The form again with its messages; the template never writes the password back. */
    private static String again(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return "register";
    }
}
