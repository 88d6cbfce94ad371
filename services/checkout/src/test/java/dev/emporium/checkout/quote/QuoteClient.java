package dev.emporium.checkout.quote;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;

/** {@code POST /api/v1/checkout/quote} as a signed-in customer's client sends it. */
final class QuoteClient {

    static final String BERLIN = address("DE", "Berlin", "10117");
    static final String SAN_FRANCISCO = address("US", "CA", "94105");
    static final String TOKYO = address("JP", null, "100-0001");

    private final TestHttp http;

    QuoteClient(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    static String address(String country, String region, String postalCode) {
        return "{\"fullName\": \"Ada Lovelace\", \"line1\": \"1 Test Street\", \"city\": \"Testtown\", \"postalCode\": \""
                + postalCode + "\", \"region\": " + (region == null ? "null" : "\"" + region + "\"") + ", \"country\": \"" + country + "\"}";
    }

    static String request(String address, String method, String currency) {
        return "{\"shippingAddress\": " + address + ", \"shippingMethod\": \"" + method + "\", \"currency\": \"" + currency + "\"}";
    }

    TestHttp.Response quote(UUID customer, String body) {
        return http.post("/api/v1/checkout/quote", body, "Authorization", "Bearer " + TestJwts.get().customer(customer));
    }

    TestHttp.Response quote(UUID customer, String address, String method, String currency) {
        return quote(customer, request(address, method, currency));
    }
}
