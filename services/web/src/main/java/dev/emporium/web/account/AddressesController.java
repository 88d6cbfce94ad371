package dev.emporium.web.account;

import dev.emporium.web.address.AddressBook;
import dev.emporium.web.address.AddressChecks;
import dev.emporium.web.address.AddressForm;
import dev.emporium.web.errors.Ids;
import dev.emporium.web.identity.CustomerSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/addresses}: the customer's address book at identity, a form to add one (each mistake next to its
 * field), and a delete button per address. Checkout offers these addresses to ship to.
 */
@Controller
class AddressesController {

    private static final List<String> FIELDS = List.of("fullName", "line1", "line2", "city", "postalCode", "region", "country", "phone");

    private final AddressBook addressBook;
    private final AddressChecks checks;
    private final CustomerSession customers;

    AddressesController(AddressBook addressBook, AddressChecks checks, CustomerSession customers) {
        this.addressBook = addressBook;
        this.checks = checks;
        this.customers = customers;
    }

    @GetMapping("/account/addresses")
    String addresses(HttpServletRequest request, Model model) {
        model.addAttribute("address", AddressForm.empty());
        return page(request, model);
    }

    @PostMapping("/account/addresses")
    String add(@ModelAttribute("address") AddressForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        checks.check(form, binding);
        if (!binding.hasErrors()) {
            switch (addressBook.add(customers.requireAccessToken(request), form)) {
                case AddressBook.Added.Stored stored -> {
                    redirect.addFlashAttribute("accountMessage", "address.added");
                    return "redirect:/account/addresses";
                }
                case AddressBook.Added.BookFull full -> binding.reject("address.book-full");
                case AddressBook.Added.Refused refused -> {
                    customers.checkNotRefused(request, refused.status());
                    refused.fields().stream().filter(FIELDS::contains).forEach(field -> binding.rejectValue(field, "checkout.address.refused"));
                    if (!binding.hasErrors()) {
                        binding.reject("checkout.refused");
                    }
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(request, model);
    }

    @PostMapping("/account/addresses/{id}/delete")
    String delete(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        int status = addressBook.delete(customers.requireAccessToken(request), Ids.parse(id));
        customers.checkNotRefused(request, status);
        redirect.addFlashAttribute("accountMessage", status == 204 || status == 404 ? "address.deleted" : "address.not-deleted");
        return "redirect:/account/addresses";
    }

    private String page(HttpServletRequest request, Model model) {
        AddressBook.Listed book = addressBook.list(customers.requireAccessToken(request));
        customers.checkNotRefused(request, book.status());
        model.addAttribute("addresses", book.addresses());
        return "addresses";
    }
}
