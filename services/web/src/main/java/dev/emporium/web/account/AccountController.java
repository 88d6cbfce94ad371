package dev.emporium.web.account;

import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account}: the customer's name and email (identity, read fresh: a rename shows at once), a form to change
 * the name (the email cannot be changed through identity's API), and the ways to their addresses and orders.
 */
@Controller
class AccountController {

    private final ProfileClient profiles;
    private final CustomerSession customers;

    AccountController(ProfileClient profiles, CustomerSession customers) {
        this.profiles = profiles;
        this.customers = customers;
    }

    @GetMapping("/account")
    String account(HttpServletRequest request, Model model) {
        ProfileClient.Profile profile = profile(request);
        model.addAttribute("profile", profile);
        model.addAttribute("form", new ProfileForm(profile.name()));
        return "account";
    }

    @PostMapping("/account/profile")
    String rename(@Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("profile", profile(request));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "account";
        }
        Answer answer = profiles.rename(customers.requireAccessToken(request), form.name().strip());
        customers.checkNotRefused(request, answer.status());
        if (answer.status() == 400) {
            binding.rejectValue("name", "form.name.invalid");
            model.addAttribute("profile", profile(request));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "account";
        }
        ProfileClient.Profile renamed = answer.expect("identity", ProfileClient.Profile.class);
        customers.renamed(request, response, renamed.name());
        redirect.addFlashAttribute("accountMessage", "account.renamed");
        return "redirect:/account";
    }

    private ProfileClient.Profile profile(HttpServletRequest request) {
        Answer answer = profiles.me(customers.requireAccessToken(request));
        customers.checkNotRefused(request, answer.status());
        if (!answer.ok()) {
            throw new UpstreamUnavailableException("identity", "the profile answered " + answer.status(), null);
        }
        return answer.as(ProfileClient.Profile.class);
    }
}
