package dev.emporium.web.checkout;

import dev.emporium.web.address.Address;
import dev.emporium.web.address.AddressBook;
import dev.emporium.web.address.AddressForm;
import dev.emporium.web.cart.ShopperCart;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.preferences.Preferences;
import dev.emporium.web.upstream.Answer;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code POST /checkout}: places the order with checkout, under the attempt's {@code Idempotency-Key} (a double
 * submit, or a reload of this POST, is the same checkout: one order). 201: the confirmation page. 202: the card needs
 * the customer, who is sent to the provider's confirmation page (which sends them back to {@code /checkout/{id}}).
 * A refusal is said on the form, which keeps the customer's choices but never the card; after one the customer can
 * correct, the attempt gets a new key. Checkout not answering at all leaves the key as it is: whether the order was
 * placed is unknown, and sending the same form again cannot place a second one.
 */
@Controller
class PlaceOrderController {

    private static final Logger log = LoggerFactory.getLogger(PlaceOrderController.class);

    private final CheckoutClient checkout;
    private final CheckoutPages pages;
    private final CheckoutAttempts attempts;
    private final CheckoutChecks checks;
    private final CheckoutProblems problems;
    private final PriceAgreement prices;
    private final AddressBook addressBook;
    private final CustomerSession customers;

    PlaceOrderController(CheckoutClient checkout, CheckoutPages pages, CheckoutAttempts attempts, CheckoutChecks checks,
            CheckoutProblems problems, PriceAgreement prices, AddressBook addressBook, CustomerSession customers) {
        this.checkout = checkout;
        this.pages = pages;
        this.attempts = attempts;
        this.checks = checks;
        this.problems = problems;
        this.prices = prices;
        this.addressBook = addressBook;
        this.customers = customers;
    }

    @PostMapping("/checkout")
    String place(@ModelAttribute(CheckoutPages.FORM) CheckoutForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String token = customers.requireAccessToken(request);
        Optional<UUID> key = attempts.keyFor(request, form.key());
        checks.address(form, binding);
        Optional<CheckoutClient.Card> card = checks.card(form, binding);
        attempts.choose(request, form);
        if (key.isEmpty()) {
            return again(request, response, form, binding, model, Alert.of(problems.text("checkout.stale")), HttpStatus.CONFLICT);
        }
        if (binding.hasErrors() || card.isEmpty()) {
            return again(request, response, form, binding, model, Alert.of(problems.text("form.errors")), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Optional<AddressForm> address = shipTo(token, form, binding, request);
        if (address.isEmpty()) {
            return again(request, response, form, binding, model, Alert.of(problems.text("form.errors")), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        String currency = Preferences.currency(request);
        if (form.confirmTotal() != null && !prices.agreed(request, token, address.get(), form.method(), currency, form.confirmTotal())) {
            return again(request, response, form, binding, model, Alert.of(problems.text("checkout.price-changed")),
                    HttpStatus.CONFLICT, true);
        }
        Answer answer;
        try {
            answer = checkout.place(token, key.get(), address.get(), form.method(), currency, card.get());
        } catch (UpstreamUnavailableException e) {
            return unanswered(e, key.get(), request, response, form, binding, model);
        }
        customers.checkNotRefused(request, answer.status());
        return switch (answer.status()) {
            case 201 -> placed(request, key.get(), UUID.fromString(answer.body().path("id").asString()));
            case 202 -> awaitingCustomer(request, key.get(), answer);
            default -> refused(answer, key.get(), request, response, form, binding, model);
        };
    }

    private String placed(HttpServletRequest request, UUID key, UUID orderId) {
        attempts.finish(request, key);
        ShopperCart.checkedOut(request);
        return "redirect:/checkout/complete/" + orderId;
    }

    /** The provider's confirmation page, which sends the customer back to {@code /checkout/{checkoutId}}. */
    private String awaitingCustomer(HttpServletRequest request, UUID key, Answer answer) {
        attempts.finish(request, key);
        UUID checkoutId = UUID.fromString(answer.body().path("checkoutId").asString());
        String next = answer.body().path("nextAction").path("url").asString("");
        return next.startsWith("https://") || next.startsWith("http://") ? "redirect:" + next : "redirect:/checkout/" + checkoutId;
    }

    private String refused(Answer answer, UUID key, HttpServletRequest request, HttpServletResponse response, CheckoutForm form,
            BindingResult binding, Model model) {
        String code = answer.code();
        if ("CHECKOUT_IN_PROGRESS".equals(code)) {
            // the same form was sent twice: this one follows the checkout the first one started
            return "redirect:/checkout/" + UUID.fromString(answer.body().path("checkoutId").asString());
        }
        if (answer.status() >= 500 || code.isEmpty()) {
            throw new UpstreamUnavailableException("checkout", "placing an order answered " + answer.status(), null);
        }
        log.info("Checkout refused an order: {} {}", answer.status(), code);
        attempts.renew(request, key);
        if ("VALIDATION_FAILED".equals(code)) {
            answer.body().path("errors").forEach(error -> field(error.path("field").asString("")).ifPresent(field -> {
                if (binding.getFieldErrorCount(field) == 0) {
                    binding.rejectValue(field, "checkout.address.refused");
                }
            }));
        }
        CheckoutPages.Shown shown = pages.fill(request, response, form, binding, model, null, CheckoutProblems.status(code),
                "PRICE_CHANGED".equals(code));
        model.addAttribute("alert", problems.alert(answer, CheckoutProblems.names(shown)));
        return "checkout";
    }

    /** No answer from checkout (or one saying a service behind it is down, when nothing was charged). */
    private String unanswered(UpstreamUnavailableException e, UUID key, HttpServletRequest request, HttpServletResponse response,
            CheckoutForm form, BindingResult binding, Model model) {
        Optional<Answer> answer = e.answer().filter(a -> a.status() == 503 && "SERVICE_UNAVAILABLE".equals(a.code()));
        log.warn("Checkout did not place an order: {}", e.getMessage());
        if (answer.isPresent()) {
            attempts.renew(request, key);
            response.setHeader("Retry-After", "5");
            return again(request, response, form, binding, model, Alert.of(problems.text("checkout.unavailable")),
                    HttpStatus.SERVICE_UNAVAILABLE);
        }
        return again(request, response, form, binding, model, Alert.of(problems.text("checkout.no-answer")),
                HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A saved address by its id (checkout takes the address itself), or the new one, saved first if asked for. */
    private Optional<AddressForm> shipTo(String token, CheckoutForm form, BindingResult binding, HttpServletRequest request) {
        if (!form.newAddress()) {
            AddressBook.Listed book = addressBook.list(token);
            customers.checkNotRefused(request, book.status());
            Optional<Address> saved = CheckoutChecks.savedAddressId(form).flatMap(book::find);
            if (saved.isEmpty()) {
                binding.rejectValue("addressId", "checkout.address.choose");
            }
            return saved.map(Address::fields);
        }
        if (!form.saving()) {
            return Optional.of(form.address());
        }
        return switch (addressBook.add(token, form.address())) {
            case AddressBook.Added.Stored stored -> Optional.of(stored.address().fields());
            case AddressBook.Added.BookFull full -> {
                binding.rejectValue("saveAddress", "address.book-full");
                yield Optional.empty();
            }
            case AddressBook.Added.Refused refused -> {
                customers.checkNotRefused(request, refused.status());
                refused.fields().forEach(field -> field(field).ifPresent(f -> binding.rejectValue(f, "checkout.address.refused")));
                if (!binding.hasErrors()) {
                    binding.reject("checkout.refused");
                }
                yield Optional.empty();
            }
        };
    }

    private String again(HttpServletRequest request, HttpServletResponse response, CheckoutForm form, BindingResult binding,
            Model model, Alert alert, HttpStatus status) {
        return again(request, response, form, binding, model, alert, status, false);
    }

    private String again(HttpServletRequest request, HttpServletResponse response, CheckoutForm form, BindingResult binding,
            Model model, @Nullable Alert alert, HttpStatus status, boolean confirmingPrices) {
        pages.fill(request, response, form, binding, model, alert, status, confirmingPrices);
        return "checkout";
    }

    /** A field of the address as the form names it, from {@code shippingAddress.city} or {@code city}. */
    private static Optional<String> field(String path) {
        String field = path.replace("shippingAddress.", "");
        return List.of("fullName", "line1", "line2", "city", "postalCode", "region", "country", "phone").contains(field)
                ? Optional.of(field) : Optional.empty();
    }
}
