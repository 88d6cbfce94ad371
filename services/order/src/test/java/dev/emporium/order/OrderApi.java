package dev.emporium.order;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the order service's HTTP API as checkout, customers and an admin do. */
public final class OrderApi {

    public static final JsonMapper JSON = JsonMapper.shared();

    public final TestHttp http;
    private final String checkout = TestJwts.get().service("checkout", "order:write");
    private final String admin = TestJwts.get().admin(UUID.randomUUID());

    public OrderApi(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    public TestHttp.Response asCheckout(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + checkout);
    }

    public TestHttp.Response asAdmin(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + admin);
    }

    /** A refund asked by the admin with an {@code Idempotency-Key}. */
    public TestHttp.Response refund(String orderId, String body, String idempotencyKey) {
        return http.send("POST", "/api/v1/admin/orders/" + orderId + "/refund", body, "Authorization", "Bearer " + admin,
                "Idempotency-Key", idempotencyKey);
    }

    public TestHttp.Response asCustomer(UUID customerId, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + TestJwts.get().customer(customerId));
    }

    public TestHttp.Response create(Map<String, Object> order) {
        return asCheckout("POST", "/internal/orders", JSON.writeValueAsString(order));
    }

    public TestHttp.Response confirm(UUID orderId, String captured) {
        return asCheckout("POST", "/internal/orders/" + orderId + "/confirm", JSON.writeValueAsString(
                Map.of("payment", Map.of("status", "CAPTURED", "capturedAmount", money(captured, "USD")))));
    }

    /** A CONFIRMED order of this customer, captured in full (150.00 USD). */
    public JsonNode confirmedOrder(UUID customerId) {
        Map<String, Object> order = order(UUID.randomUUID(), customerId);
        expect(201, create(order));
        return expect(200, confirm((UUID) order.get("orderId"), "150.00")).json();
    }

    /**
     * A valid order as checkout sends it: 2 × 49.95 + 1 × 35.00 = 134.90, shipping 5.00, tax 10.10, total 150.00 USD.
     * A mutable map, so a test can break one field.
     */
    public static Map<String, Object> order(UUID orderId, UUID customerId) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderId", orderId);
        order.put("checkoutId", UUID.randomUUID());
        order.put("customerId", customerId);
        List<Object> lines = new ArrayList<>();
        lines.add(line("AURORA-TEE-M", 2, "49.95", "99.90"));
        lines.add(line("LINEN-SHIRT-L", 1, "35.00", "35.00"));
        order.put("lines", lines);
        order.put("subtotal", money("134.90", "USD"));
        order.put("shipping", money("5.00", "USD"));
        order.put("tax", money("10.10", "USD"));
        order.put("total", money("150.00", "USD"));
        order.put("currency", "USD");
        order.put("shippingAddress", new LinkedHashMap<>(Map.of("fullName", "Ada King", "line1", "12 Queen Street", "city", "London",
                "postalCode", "W1 4AB", "country", "GB")));
        order.put("shippingMethod", "STANDARD");
        order.put("payment", new LinkedHashMap<>(Map.of("paymentId", UUID.randomUUID(), "status", "AUTHORIZED", "brand", "visa",
                "last4", "4242")));
        order.put("reservationId", UUID.randomUUID());
        return order;
    }

    public static Map<String, Object> line(String sku, int quantity, String unitPrice, String lineTotal) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productId", UUID.nameUUIDFromBytes(sku.getBytes()));
        line.put("sku", sku);
        line.put("name", "Product " + sku);
        line.put("quantity", quantity);
        line.put("unitPrice", money(unitPrice, "USD"));
        line.put("lineTotal", money(lineTotal, "USD"));
        return line;
    }

    public static Map<String, Object> money(String amount, String currency) {
        return new LinkedHashMap<>(Map.of("amount", amount, "currency", currency));
    }

    public static TestHttp.Response expect(int status, TestHttp.Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
