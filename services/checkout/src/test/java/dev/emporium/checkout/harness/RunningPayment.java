package dev.emporium.checkout.harness;

import dev.emporium.cardprovider.CardProviderFaults;
import dev.emporium.testsupport.RunningService;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The real payment service (with its built-in card provider) beside checkout, and what checkout's tests look at in it. */
public final class RunningPayment {

    /** The built-in provider's test cards (API.md). */
    public static final String APPROVED = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS = "4000000000009995";
    public static final String NEEDS_CONFIRMATION = "4000000000003220";

    private final RunningService service;

    RunningPayment(RunningService service) {
        this.service = service;
    }

    public RunningService service() {
        return service;
    }

    /**
     * The in-process card provider's faults: {@code faults().inject("authorize", Fault.SERVER_ERROR, 3)} fails the next
     * three authorizations as a 5xx would ({@code tokenize}, {@code authorize}, {@code capture}, {@code void},
     * {@code refund}); {@code calls(operation)} counts what the provider received. The provider is shared by every
     * test of the JVM: clear it after each test ({@link Downstreams#reset()}).
     */
    public CardProviderFaults faults() {
        return service.bean(CardProviderFaults.class);
    }

    /** The payment as checkout reads it ({@code GET /internal/payments/{id}}: status, amounts, card, declineCode…); empty if unknown. */
    public Optional<JsonNode> payment(UUID paymentId) {
        return Downstreams.found(asCheckout("GET", "/internal/payments/" + paymentId, null));
    }

    /**
     * Authorizes as checkout does ({@code POST /internal/payments}, a card that expires 12/2035 with CVC 123); the answer
     * as it is (200 AUTHORIZED or DECLINED, 503 when the provider did not answer…).
     */
    public TestHttp.Response authorize(UUID paymentId, UUID customerId, String amount, String currency, String cardNumber) {
        String body = """
                {"paymentId": "%s", "customerId": "%s", "reference": "checkout-test-%s", "amount": {"amount": "%s", "currency": "%s"},
                 "card": {"number": "%s", "expMonth": 12, "expYear": 2035, "cvc": "123"}}""".formatted(paymentId, customerId,
                paymentId, amount, currency, cardNumber);
        return asCheckout("POST", "/internal/payments", body);
    }

    /**
     * The payments captured for an order (admin API), each {@code {payment, customerId, provider, operations: [{type,
     * status, amount, idempotencyKey…}]…}}: what was authorized, captured, voided and refunded, once each or more.
     */
    public List<JsonNode> paymentsOfOrder(UUID orderId) {
        TestHttp.Response response = service.call("GET", "/api/v1/admin/payments?size=100&orderId=" + orderId, null,
                TestJwts.get().admin(UUID.randomUUID()));
        JsonNode page = Downstreams.found(response).orElseThrow(() -> new IllegalStateException("Payment answered 404"));
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private TestHttp.Response asCheckout(String method, String path, String body) {
        return service.call(method, path, body, Downstreams.checkoutToken());
    }
}
