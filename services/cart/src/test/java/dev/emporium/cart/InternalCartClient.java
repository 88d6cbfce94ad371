package dev.emporium.cart;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The internal cart API as checkout calls it: with a service token (or any other token a test wants to try). */
public final class InternalCartClient {

    private final TestHttp http;
    private final String[] headers;

    private InternalCartClient(int port, String... headers) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
        this.headers = headers;
    }

    /** Checkout's service token, with the scope the internal cart API requires. */
    public static InternalCartClient checkout(int port) {
        return withToken(port, TestJwts.get().service("checkout", "cart:checkout"));
    }

    public static InternalCartClient withToken(int port, String token) {
        return new InternalCartClient(port, "Authorization", "Bearer " + token);
    }

    public static InternalCartClient withoutToken(int port) {
        return new InternalCartClient(port);
    }

    public TestHttp.Response cart(Object customerId) {
        return http.send("GET", "/internal/carts/customers/" + customerId, null, headers);
    }

    /** @param lines units per SKU, in the order given */
    public TestHttp.Response checkOut(UUID customerId, UUID orderId, Map<String, Integer> lines) {
        String body = lines.entrySet().stream()
                .map(line -> "{\"sku\": \"" + line.getKey() + "\", \"quantity\": " + line.getValue() + "}")
                .collect(Collectors.joining(", ", "{\"orderId\": \"" + orderId + "\", \"lines\": [", "]}"));
        return checkOut(customerId, body);
    }

    public TestHttp.Response checkOut(Object customerId, String body) {
        return http.send("POST", "/internal/carts/customers/" + customerId + "/checkout", body, headers);
    }
}
