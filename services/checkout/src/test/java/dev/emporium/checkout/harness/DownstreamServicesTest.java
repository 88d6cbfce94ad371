package dev.emporium.checkout.harness;

import static dev.emporium.checkout.TestCatalog.price;
import static dev.emporium.checkout.TestCatalog.product;
import static dev.emporium.checkout.TestCatalog.sku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.cardprovider.CardProviderFaults.Fault;
import dev.emporium.checkout.CheckoutServiceTest;
import dev.emporium.checkout.TestCatalog;
import dev.emporium.checkout.harness.RunningInventory.StockLevels;
import dev.emporium.testsupport.RunningService;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services checkout calls run real beside it ({@link Downstreams}): each answers checkout's token from the test
 * token endpoint with the scope it checks, learns products from the same catalog.products checkout does, and they
 * call each other (order refunds through payment) as on the platform.
 */
@CheckoutServiceTest
class DownstreamServicesTest {

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        Downstreams.register(registry);
    }

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    Downstreams downstreams = Downstreams.get();

    @AfterEach
    void noInjectedFaults() {
        downstreams.reset();
    }

    @Test
    void holdsStockThroughInventorysInternalApi() {
        String sku = sku(new TestCatalog(kafka, json, jdbc).publish(product(300, List.of(List.of(price("12.00 USD"))))), 0);
        RunningInventory inventory = downstreams.inventory();
        await().atMost(Duration.ofSeconds(20)).until(() -> inventory.knows(sku));
        assertThat(inventory.setStock(sku, 5)).isEqualTo(new StockLevels(5, 0, 5));
        UUID reservation = UUID.randomUUID();

        TestHttp.Response held = inventory.reserve(reservation, Map.of(sku, 2));

        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(inventory.reservation(reservation).orElseThrow().get("status").asString()).isEqualTo("RESERVED");
        assertThat(inventory.stock(sku)).isEqualTo(new StockLevels(5, 2, 3));
    }

    @Test
    void authorizesTheApprovingTestCardThroughPayment() {
        UUID paymentId = UUID.randomUUID();

        TestHttp.Response authorized = downstreams.payment().authorize(paymentId, UUID.randomUUID(), "24.00", "USD",
                RunningPayment.APPROVED);

        assertThat(authorized.status()).as(authorized.body()).isEqualTo(200);
        JsonNode payment = downstreams.payment().payment(paymentId).orElseThrow();
        assertThat(payment.get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("amount").get("amount").asString()).isEqualTo("24.00");
    }

    @Test
    void answers503WhenTheInjectedProviderFaultOutlastsPaymentsRetries() {
        downstreams.payment().faults().inject("authorize", Fault.SERVER_ERROR, 3);

        TestHttp.Response refused = downstreams.payment().authorize(UUID.randomUUID(), UUID.randomUUID(), "24.00", "USD",
                RunningPayment.APPROVED);

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
    }

    @Test
    void refundsTheCapturedPaymentThroughPaymentWhenTheCustomerCancelsTheirOrder() {
        UUID customer = UUID.randomUUID();
        UUID paymentId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        RunningPayment payment = downstreams.payment();
        RunningService order = downstreams.order().service();
        expect(200, payment.authorize(paymentId, customer, "20.00", "USD", RunningPayment.APPROVED));
        expect(200, payment.service().call("POST", "/internal/payments/" + paymentId + "/capture",
                "{\"orderId\": \"" + orderId + "\"}", Downstreams.checkoutToken()));
        expect(201, order.call("POST", "/internal/orders", orderOf(orderId, customer, paymentId), Downstreams.checkoutToken()));
        expect(200, order.call("POST", "/internal/orders/" + orderId + "/confirm",
                "{\"payment\": {\"status\": \"CAPTURED\", \"capturedAmount\": {\"amount\": \"20.00\", \"currency\": \"USD\"}}}",
                Downstreams.checkoutToken()));
        assertThat(downstreams.order().ordersOf(customer)).extracting(o -> o.get("id").asString()).containsExactly(orderId.toString());

        expect(200, order.call("POST", "/api/v1/orders/" + orderId + "/cancel", null, TestJwts.get().customer(customer)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                payment.payment(paymentId).orElseThrow().get("status").asString()).isEqualTo("REFUNDED"));
        assertThat(downstreams.order().order(orderId).orElseThrow().get("status").asString()).isEqualTo("CANCELLED");
    }

    /** An order as checkout creates it: 1 × 15.00 USD, shipping 5.00, no tax, 20.00 in all, paid by this payment. */
    private static String orderOf(UUID orderId, UUID customer, UUID paymentId) {
        return """
                {"orderId": "%s", "checkoutId": "%s", "customerId": "%s", "currency": "USD", "reservationId": "%s",
                 "lines": [{"productId": "%s", "sku": "HARNESS-TEE", "name": "Harness tee", "quantity": 1,
                            "unitPrice": {"amount": "15.00", "currency": "USD"}, "lineTotal": {"amount": "15.00", "currency": "USD"}}],
                 "subtotal": {"amount": "15.00", "currency": "USD"}, "shipping": {"amount": "5.00", "currency": "USD"},
                 "tax": {"amount": "0.00", "currency": "USD"}, "total": {"amount": "20.00", "currency": "USD"},
                 "shippingAddress": {"fullName": "Ada King", "line1": "12 Queen Street", "city": "London", "postalCode": "W1 4AB",
                                     "country": "GB"},
                 "shippingMethod": "STANDARD",
                 "payment": {"paymentId": "%s", "status": "AUTHORIZED", "brand": "visa", "last4": "4242"}}"""
                .formatted(orderId, UUID.randomUUID(), customer, UUID.randomUUID(), UUID.randomUUID(), paymentId);
    }

    private static TestHttp.Response expect(int status, TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
