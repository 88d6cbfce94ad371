package dev.emporium.web.checkout;

import dev.emporium.platform.money.Money;
import dev.emporium.web.address.Address;
import dev.emporium.web.address.AddressBook;
import dev.emporium.web.address.AddressForm;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.preferences.Preferences;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The checkout page for a form: the customer's saved addresses (identity), the cart quoted to the chosen address
 * for both methods (checkout), the form as it was filled in, with its errors, but never the card (the page gets a
 * copy of the form without it), and the current attempt's key. Used by the page itself, its re-quotes (a plain
 * "update" and the htmx summary) and every answer of placing the order that sends the customer back to the form.
 */
@Component
class CheckoutPages {

    static final String FORM = "form";
    private static final Logger log = LoggerFactory.getLogger(CheckoutPages.class);

    private final AddressBook addressBook;
    private final Quoting quoting;
    private final CustomerSession customers;
    private final CheckoutAttempts attempts;

    CheckoutPages(AddressBook addressBook, Quoting quoting, CustomerSession customers, CheckoutAttempts attempts) {
        this.addressBook = addressBook;
        this.quoting = quoting;
        this.customers = customers;
        this.attempts = attempts;
    }

    /** What is shown, for the whole page or its summary fragment. */
    record Shown(CheckoutForm form, List<Address> addresses, Quotes quotes) {
        @Nullable CheckoutQuote chosen() {
            return quotes.of(form.method());
        }
    }

    /**
     * Fills the model and sets the status; {@code confirmingPrices} after {@code PRICE_CHANGED}: the form then carries
     * the new total, which the customer agrees to by submitting it.
     */
    Shown fill(HttpServletRequest request, HttpServletResponse response, CheckoutForm form, BindingResult binding, Model model,
            @Nullable Alert alert, HttpStatus status, boolean confirmingPrices) {
        String token = customers.requireAccessToken(request);
        boolean addressesUnavailable = false;
        List<Address> addresses = List.of();
        try {
            AddressBook.Listed book = addressBook.list(token);
            customers.checkNotRefused(request, book.status());
            addresses = book.addresses();
        } catch (UpstreamUnavailableException e) {
            log.warn("The checkout page is shown without the saved addresses: {}", e.getMessage());
            addressesUnavailable = true;
        }
        CheckoutForm shown = defaults(form, addresses).withKey(attempts.current(request).key().toString(), null);
        BindingResult errors = new BeanPropertyBindingResult(shown, FORM);
        errors.addAllErrors(binding);
        Quotes quotes = quotes(request, token, shown, addresses, errors);
        CheckoutQuote chosen = quotes.of(shown.method());
        if (confirmingPrices && chosen != null) {
            shown = shown.withKey(shown.key(), total(chosen.total()));
            BindingResult withTotal = new BeanPropertyBindingResult(shown, FORM);
            withTotal.addAllErrors(errors);
            errors = withTotal;
        }
        model.addAttribute(FORM, shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        model.addAttribute("addresses", addresses);
        model.addAttribute("addressesUnavailable", addressesUnavailable);
        model.addAttribute("quotes", quotes);
        model.addAttribute("quote", chosen);
        model.addAttribute("alert", alert);
        response.setStatus(status.value());
        return new Shown(shown, addresses, quotes);
    }

    /** A total as the form carries it: {@code 123.45 USD}. */
    static String total(Money total) {
        return total.amount().toPlainString() + " " + total.currency();
    }

    /** A fresh form ships to the first saved address, or asks for a new one when there is none. */
    private static CheckoutForm defaults(CheckoutForm form, List<Address> addresses) {
        if (form.addressId() != null && !form.addressId().isBlank()) {
            return form.withoutCard();
        }
        String choice = addresses.isEmpty() ? CheckoutForm.NEW_ADDRESS : addresses.getFirst().id().toString();
        return new CheckoutForm(form.key(), choice, form.fullName(), form.line1(), form.line2(), form.city(), form.postalCode(),
                form.region(), form.country(), form.phone(), form.saveAddress(), form.shippingMethod(), null, null, null, null,
                form.confirmTotal());
    }

    private Quotes quotes(HttpServletRequest request, String token, CheckoutForm form, List<Address> addresses,
            BindingResult errors) {
        Optional<AddressForm> address = address(form, addresses, errors);
        if (address.isEmpty()) {
            return Quotes.none(form.newAddress() && !errors.hasFieldErrors() ? "checkout.quote.need-address" : null);
        }
        return quoting.quote(token, address.get(), Preferences.currency(request), errors, form.newAddress(),
                () -> customers.expired(request));
    }

    /** The address to quote for: a saved one by its id, or the new one once its fields are complete and right. */
    static Optional<AddressForm> address(CheckoutForm form, List<Address> addresses, BindingResult errors) {
        if (!form.newAddress()) {
            Optional<UUID> id = CheckoutChecks.savedAddressId(form);
            Optional<Address> saved = id.flatMap(each -> addresses.stream().filter(a -> a.id().equals(each)).findFirst());
            if (saved.isEmpty() && errors.getFieldErrorCount("addressId") == 0) {
                errors.rejectValue("addressId", "checkout.address.choose");
            }
            return saved.map(Address::fields);
        }
        AddressForm typed = form.address();
        boolean blank = typed.blank();
        boolean wrong = List.of("fullName", "line1", "line2", "city", "postalCode", "region", "country", "phone").stream()
                .anyMatch(errors::hasFieldErrors);
        return blank || wrong ? Optional.empty() : Optional.of(typed);
    }
}
