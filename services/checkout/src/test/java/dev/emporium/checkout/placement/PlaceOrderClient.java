package dev.emporium.checkout.placement;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;

/** {@code POST /api/v1/checkout} and {@code GET /api/v1/checkout/{id}} as a signed-in customer's client sends them. */
final class PlaceOrderClient {

    static final String BERLIN = "{\"fullName\": \"Ada Lovelace\", \"line1\": \"Unter den Linden 77\", \"city\": \"Berlin\", "
            + "\"postalCode\": \"10117\", \"country\": \"DE\"}";

    private final TestHttp http;

    PlaceOrderClient(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    static String card(String number) {
        return "{\"cardNumber\": \"" + number + "\", \"expMonth\": 12, \"expYear\": 2031, \"cvc\": \"123\"}";
    }

    static String body(String payment) {
        return body(payment, "EUR");
    }

    static String body(String payment, String currency) {
        return "{\"shippingAddress\": " + BERLIN + ", \"shippingMethod\": \"STANDARD\", \"currency\": \"" + currency
                + "\", \"payment\": " + payment + "}";
    }

    TestHttp.Response place(UUID customer, String key, String body) {
        return key == null
                ? http.post("/api/v1/checkout", body, "Authorization", bearer(customer))
                : http.post("/api/v1/checkout", body, "Authorization", bearer(customer), "Idempotency-Key", key);
    }

    TestHttp.Response placeWithCard(UUID customer, String cardNumber) {
        return place(customer, UUID.randomUUID().toString(), body(card(cardNumber)));
    }

    TestHttp.Response checkout(UUID customer, String checkoutId) {
        return http.get("/api/v1/checkout/" + checkoutId, "Authorization", bearer(customer));
    }

    private static String bearer(UUID customer) {
        return "Bearer " + TestJwts.get().customer(customer);
    }
}
