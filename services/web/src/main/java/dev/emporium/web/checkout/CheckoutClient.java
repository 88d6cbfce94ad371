package dev.emporium.web.checkout;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.web.address.AddressForm;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checkout's public API with the customer's token: a quote of their cart, placing the order, and following a
 * checkout. The address goes as {@code shippingAddress} (checkout cannot read address books, so it refuses
 * {@code addressId}). The card goes to checkout in this one request body and nowhere else: never into the session,
 * a page or a log.
 */
@Component
class CheckoutClient {

    private final Upstream checkout;

    CheckoutClient(Upstream checkoutApi) {
        this.checkout = checkoutApi;
    }

    Answer quote(String accessToken, AddressForm address, String shippingMethod, String currency) {
        return checkout.post("/api/v1/checkout/quote").bearer(accessToken)
                .json(Map.of("shippingAddress", address.json(), "shippingMethod", shippingMethod, "currency", currency)).send();
    }

    /** The same key and body answer the first checkout's result again: a double submit places one order. */
    Answer place(String accessToken, UUID idempotencyKey, AddressForm address, String shippingMethod, String currency, Card card) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shippingAddress", address.json());
        body.put("shippingMethod", shippingMethod);
        body.put("currency", currency);
        body.put("payment", Map.of("cardNumber", card.number(), "expMonth", card.expMonth(), "expYear", card.expYear(), "cvc", card.cvc()));
        return checkout.post("/api/v1/checkout").bearer(accessToken)
                .header(HeaderNames.IDEMPOTENCY_KEY, idempotencyKey.toString()).json(body).send();
    }

    Answer status(String accessToken, UUID checkoutId) {
        return checkout.get("/api/v1/checkout/{id}", checkoutId).bearer(accessToken).send();
    }

    /** A card as typed, for the one request that places the order; {@link #toString()} shows the last four digits only. */
    record Card(String number, int expMonth, int expYear, String cvc) {
        @Override
        public String toString() {
            return "Card[****" + number.substring(Math.max(0, number.length() - 4)) + "]";
        }
    }
}
