package dev.emporium.payment;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;

/** Drives payment's HTTP API as checkout and order do (service tokens), and as an admin. */
public final class PaymentApi {

    public static final String APPROVED = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS = "4000000000009995";
    public static final String DISPUTED = "4000000000000259";
    public static final String NEEDS_CONFIRMATION = "4000000000003220";

    public final TestHttp http;
    public final String checkout = TestJwts.get().service("checkout", "payment:charge");
    public final String order = TestJwts.get().service("order", "payment:refund");
    public final String admin = TestJwts.get().admin(UUID.randomUUID());
    public final UUID customer = UUID.randomUUID();

    public PaymentApi(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    public static String authorizeBody(UUID paymentId, UUID customer, String amount, String card) {
        return """
                {"paymentId": "%s", "customerId": "%s", "reference": "checkout-%s", "amount": {"amount": "%s", "currency": "USD"},
                 "card": {"number": "%s", "expMonth": 12, "expYear": 2035, "cvc": "123"}}""".formatted(paymentId, customer, paymentId,
                amount, card);
    }

    public TestHttp.Response authorize(UUID paymentId, String amount, String card) {
        return asCheckout("POST", "/internal/payments", authorizeBody(paymentId, customer, amount, card));
    }

    public TestHttp.Response capture(UUID paymentId, UUID orderId) {
        return asCheckout("POST", "/internal/payments/" + paymentId + "/capture", orderId == null ? "{}" : "{\"orderId\": \"" + orderId + "\"}");
    }

    public TestHttp.Response voidPayment(UUID paymentId) {
        return asCheckout("POST", "/internal/payments/" + paymentId + "/void", null);
    }

    public TestHttp.Response refund(UUID paymentId, UUID refundId, String amount) {
        String body = amount == null ? "{\"refundId\": \"" + refundId + "\"}"
                : "{\"refundId\": \"" + refundId + "\", \"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"USD\"}}";
        return http.send("POST", "/internal/payments/" + paymentId + "/refunds", body, "Authorization", "Bearer " + order);
    }

    public TestHttp.Response asCheckout(String method, String path, String body) {
        return http.send(method, path, body, "Authorization", "Bearer " + checkout);
    }

    /** Authorizes with the approving card and captures; returns the payment id. */
    public UUID capturedPayment(String amount) {
        UUID id = UUID.randomUUID();
        expect(200, authorize(id, amount, APPROVED));
        expect(200, capture(id, UUID.randomUUID()));
        return id;
    }

    public static TestHttp.Response expect(int status, TestHttp.Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
