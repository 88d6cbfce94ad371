package dev.emporium.web.checkout;

import dev.emporium.web.address.AddressForm;
import dev.emporium.web.identity.SignInAgainException;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Quotes the customer's cart to an address for STANDARD and EXPRESS at once (two calls in one round), so the page
 * shows each method's price and the total of the one chosen. Checkout's refusals become what the page says: an empty
 * cart, a product no longer sold, an address it cannot ship to (on the address's fields), or checkout being down.
 */
@Component
class Quoting {

    static final List<String> METHODS = List.of("STANDARD", "EXPRESS");
    private static final Logger log = LoggerFactory.getLogger(Quoting.class);

    private final CheckoutClient checkout;
    private final Parallel parallel;

    Quoting(CheckoutClient checkout, Parallel parallel) {
        this.checkout = checkout;
        this.parallel = parallel;
    }

    /**
     * @param binding where checkout's objections to a new address's fields go ({@code null}: the address is a saved
     *                one, whose fields the customer cannot correct here)
     * @return the quotes; a 401 from checkout throws {@link SignInAgainException} after {@code refused} runs
     */
    Quotes quote(String accessToken, AddressForm address, String currency, BindingResult binding, boolean newAddress,
            Runnable refused) {
        Map<String, Pending<Answer>> pending = new LinkedHashMap<>();
        METHODS.forEach(method -> pending.put(method, parallel.start(() -> checkout.quote(accessToken, address, method, currency))));
        Map<String, CheckoutQuote> quotes = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Pending<Answer>> each : pending.entrySet()) {
                Answer answer = each.getValue().join();
                if (answer.status() == 401) {
                    refused.run();
                    throw new SignInAgainException();
                }
                if (!answer.ok()) {
                    return Quotes.none(problem(answer, binding, newAddress));
                }
                quotes.put(each.getKey(), answer.as(CheckoutQuote.class));
            }
        } catch (UpstreamUnavailableException e) {
            log.warn("The checkout page is shown without a quote: {}", e.getMessage());
            return Quotes.none("checkout.quote.unavailable");
        }
        return new Quotes(quotes, null);
    }

    private static String problem(Answer answer, BindingResult binding, boolean newAddress) {
        return switch (answer.code()) {
            case "CART_EMPTY" -> "checkout.quote.cart-empty";
            case "PRODUCT_UNAVAILABLE" -> "checkout.quote.product-unavailable";
            default -> {
                if (answer.status() != 400) {
                    yield "checkout.quote.unavailable";
                }
                if (newAddress) {
                    answer.body().path("errors").forEach(error -> {
                        String field = error.path("field").asString("").replace("shippingAddress.", "");
                        if (binding.getFieldErrorCount(field) == 0 && List.of("fullName", "line1", "line2", "city", "postalCode",
                                "region", "country", "phone").contains(field)) {
                            binding.rejectValue(field, "checkout.address.refused");
                        }
                    });
                }
                yield "checkout.quote.address-refused";
            }
        };
    }
}
