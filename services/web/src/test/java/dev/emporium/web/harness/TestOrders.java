package dev.emporium.web.harness;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Paid orders for a test, made as checkout makes them, through the internal APIs of the real payment and order with
 * checkout's service token: a card payment authorized, a PENDING order naming it, the payment captured for the
 * order, the order confirmed.
 */
public final class TestOrders {

    private static final String APPROVED_CARD = "4242424242424242";

    private final RunningServices services = RunningServices.get();

    /** A placed order: its id and number, and what was captured. */
    public record Placed(UUID id, String number, String total) {
    }

    /** A CONFIRMED order of one line ({@code quantity} × {@code unitPrice} USD, no shipping nor tax), paid by card. */
    public Placed confirmed(UUID customerId, String sku, int quantity, String unitPrice) {
        String total = new java.math.BigDecimal(unitPrice).multiply(java.math.BigDecimal.valueOf(quantity)).toPlainString();
        UUID paymentId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        expect(services.payment().call("POST", "/internal/payments", """
                {"paymentId": "%s", "customerId": "%s", "reference": "web-test-%s", "amount": {"amount": "%s", "currency": "USD"},
                 "card": {"number": "%s", "expMonth": 12, "expYear": 2035, "cvc": "123"}}""".formatted(paymentId, customerId,
                orderId, total, APPROVED_CARD), token()), "authorize");
        JsonNode order = expect(services.order().call("POST", "/internal/orders", """
                {"orderId": "%s", "checkoutId": "%s", "customerId": "%s",
                 "lines": [{"productId": "%s", "sku": "%s", "name": "Test line %s", "quantity": %d,
                            "unitPrice": {"amount": "%s", "currency": "USD"}, "lineTotal": {"amount": "%s", "currency": "USD"}}],
                 "subtotal": {"amount": "%s", "currency": "USD"}, "shipping": {"amount": "0.00", "currency": "USD"},
                 "tax": {"amount": "0.00", "currency": "USD"}, "total": {"amount": "%s", "currency": "USD"}, "currency": "USD",
                 "shippingAddress": {"fullName": "Ada King", "line1": "12 Queen Street", "city": "London", "postalCode": "W1 4AB", "country": "GB"},
                 "shippingMethod": "STANDARD",
                 "payment": {"paymentId": "%s", "status": "AUTHORIZED", "brand": "visa", "last4": "4242"}}""".formatted(orderId,
                UUID.randomUUID(), customerId, UUID.randomUUID(), sku, sku, quantity, unitPrice, total, total, total, paymentId),
                token()), "create the order");
        expect(services.payment().call("POST", "/internal/payments/" + paymentId + "/capture",
                "{\"orderId\": \"" + orderId + "\"}", token()), "capture");
        expect(services.order().call("POST", "/internal/orders/" + orderId + "/confirm",
                "{\"payment\": {\"status\": \"CAPTURED\", \"capturedAmount\": {\"amount\": \"" + total + "\", \"currency\": \"USD\"}}}",
                token()), "confirm");
        return new Placed(orderId, order.get("number").asString(), total);
    }

    /** The order as an admin reads it from order itself. */
    public JsonNode order(UUID id) {
        return expect(services.order().call("GET", "/api/v1/admin/orders/" + id, null, TestJwts.get().admin(UUID.randomUUID())), "read");
    }

    private static String token() {
        return TestJwts.get().service("checkout", "payment:charge", "order:write");
    }

    private static JsonNode expect(TestHttp.Response response, String step) {
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException("Could not " + step + ": " + response.status() + " " + response.body());
        }
        return response.json();
    }
}
