package dev.emporium.cart;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The cart API as a guest (by X-Cart-Id) or a customer (by token) calls it. */
public final class CartClient {

    private final TestHttp http;
    private final List<String> headers;

    private CartClient(TestHttp http, List<String> headers) {
        this.http = http;
        this.headers = headers;
    }

    public static CartClient guest(int port, String cartId) {
        return new CartClient(http(port), cartId == null ? List.of() : List.of("X-Cart-Id", cartId));
    }

    public static CartClient customer(int port, UUID customerId) {
        return new CartClient(http(port), List.of("Authorization", "Bearer " + TestJwts.get().customer(customerId)));
    }

    public CartClient with(String... more) {
        List<String> all = new ArrayList<>(headers);
        all.addAll(List.of(more));
        return new CartClient(http, all);
    }

    public TestHttp.Response get(String query) {
        return http.send("GET", "/api/v1/cart" + query, null, headers());
    }

    public TestHttp.Response add(String sku, int quantity) {
        return http.send("POST", "/api/v1/cart/items", "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}", headers());
    }

    public TestHttp.Response set(String sku, int quantity) {
        return http.send("PATCH", "/api/v1/cart/items/" + sku, "{\"quantity\": " + quantity + "}", headers());
    }

    public TestHttp.Response remove(String sku) {
        return http.send("DELETE", "/api/v1/cart/items/" + sku, null, headers());
    }

    public TestHttp.Response merge(String guestCartId) {
        return http.send("POST", "/api/v1/cart/merge", "{\"cartId\": \"" + guestCartId + "\"}", headers());
    }

    private String[] headers() {
        return headers.toArray(String[]::new);
    }

    private static TestHttp http(int port) {
        return new TestHttp("http://127.0.0.1:" + port);
    }
}
