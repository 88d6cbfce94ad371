package dev.emporium.checkout.placement;

import static dev.emporium.checkout.TestCatalog.price;
import static dev.emporium.checkout.TestCatalog.product;
import static dev.emporium.checkout.TestCatalog.sku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.checkout.CheckoutServiceTest;
import dev.emporium.checkout.TestCatalog;
import dev.emporium.checkout.harness.Downstreams;
import dev.emporium.checkout.harness.RunningInventory;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The place-order saga against the real cart, inventory, payment (built-in card provider) and order services, each in
 * its own context and database beside checkout ({@link Downstreams}). A runner's lease is 25 s here (it must outlast a call to
 * payment with its retry) and the resumption task looks every 200 ms, so a checkout a crash left behind is taken over
 * within half a minute. Every test
 * class of the saga shares this one checkout context; each test uses its own SKUs and customers.
 */
@CheckoutServiceTest
abstract class SagaTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        Downstreams.register(registry);
        registry.add("emporium.checkout.saga.lease", () -> "25s");
        registry.add("emporium.checkout.saga.retry-first", () -> "200ms");
        registry.add("emporium.checkout.saga.retry-max", () -> "1s");
        registry.add("emporium.checkout.saga.payment-poll-interval", () -> "200ms");
        registry.add("emporium.jobs.polling-interval", () -> "200ms");
        registry.add("emporium.jobs.heartbeat", () -> "1s");
    }

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    TestCatalog catalog;
    PlaceOrderClient client;
    final Downstreams services = Downstreams.get();

    @BeforeEach
    void shop() {
        catalog = new TestCatalog(kafka, json, jdbc);
        client = new PlaceOrderClient(port);
    }

    @AfterEach
    void resetFaults() {
        CrashingFaults.disarmAll();
        services.reset();
    }

    /** A 400 g tee at 19.99 USD / 18.49 EUR / 15.99 GBP with this many units on hand; its SKU. */
    String teeInStock(int units) {
        return sku(teeWithStock(units), 0);
    }

    /** The same, as catalog published it. */
    ProductChangedV1 teeWithStock(int units) {
        ProductChangedV1 tee = catalog.publish(product(400, List.of(List.of(price("19.99 USD"), price("18.49 EUR"), price("15.99 GBP")))));
        String sku = sku(tee, 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> services.inventory().knows(sku));
        services.inventory().setStock(sku, units);
        return tee;
    }

    /** A new customer with this many units of the SKU in their cart (priced in EUR, as the checkouts here are). */
    UUID customerWithCart(String sku, int units) {
        UUID customer = UUID.randomUUID();
        services.cart().add(customer, sku, units);
        services.cart().currency(customer, "EUR");
        return customer;
    }

    RunningInventory.StockLevels stock(String sku) {
        return services.inventory().stock(sku);
    }

    int unitsInCart(UUID customer, String sku) {
        JsonNode cart = new TestHttp(services.cart().url()).get("/api/v1/cart", "Authorization", "Bearer " + TestJwts.get().customer(customer)).json();
        int units = 0;
        for (JsonNode item : cart.path("items")) {
            if (item.path("sku").asString().equals(sku)) {
                units += item.path("quantity").asInt();
            }
        }
        return units;
    }

    /** The checkout's row as the saga left it. */
    CheckoutRow row(UUID checkoutId) {
        return jdbc.sql("SELECT id, status, payment_id, order_id, reservation_id FROM checkout WHERE id = :id").param("id", checkoutId)
                .query((rs, n) -> new CheckoutRow(rs.getObject("id", UUID.class), rs.getString("status"), rs.getObject("payment_id", UUID.class),
                        rs.getObject("order_id", UUID.class), rs.getObject("reservation_id", UUID.class))).single();
    }

    record CheckoutRow(UUID id, String status, UUID paymentId, UUID orderId, UUID reservationId) {
    }

    /** Waits for the checkout to finish (its runner, or the resumption task after a crash); its row then. */
    CheckoutRow finished(UUID checkoutId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("COMPLETED", "FAILED").contains(row(checkoutId).status()));
        return row(checkoutId);
    }

    /** A completed checkout: a CONFIRMED order charged exactly its total, once, and nothing else. */
    void assertChargedOnceAndConfirmed(CheckoutRow checkout) {
        JsonNode order = services.order().order(checkout.orderId()).orElseThrow();
        assertThat(order.path("status").asString()).isEqualTo("CONFIRMED");
        JsonNode payment = services.payment().payment(checkout.paymentId()).orElseThrow();
        assertThat(payment.path("status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.path("capturedAmount").path("amount").asString()).isEqualTo(order.path("total").path("amount").asString());
        List<JsonNode> payments = services.payment().paymentsOfOrder(checkout.orderId());
        assertThat(payments).as("one payment for the order").hasSize(1);
        long captures = 0;
        for (JsonNode operation : payments.get(0).path("operations")) {
            if (operation.path("type").asString().equals("CAPTURE") && operation.path("status").asString().equals("SUCCEEDED")) {
                captures++;
            }
        }
        assertThat(captures).as("captured once").isEqualTo(1);
    }

    /** A failed checkout: no order (or a CANCELLED one), nothing charged, no reservation holding units. */
    void assertNothingChargedOrHeld(CheckoutRow checkout) {
        Optional<JsonNode> order = services.order().order(checkout.orderId());
        order.ifPresent(o -> assertThat(o.path("status").asString()).as("an order of a failed checkout").isEqualTo("CANCELLED"));
        services.payment().payment(checkout.paymentId()).ifPresent(payment -> {
            assertThat(payment.path("status").asString()).as("the payment of a failed checkout").isIn("VOIDED", "DECLINED", "FAILED", "REFUNDED");
            if (!payment.path("status").asString().equals("REFUNDED")) {
                assertThat(payment.path("capturedAmount").isMissingNode() || payment.path("capturedAmount").isNull()
                        || payment.path("capturedAmount").path("amount").asString().matches("0(\\.0+)?")).as("nothing captured").isTrue();
            }
        });
        services.inventory().reservation(checkout.reservationId()).ifPresent(reservation ->
                assertThat(reservation.path("status").asString()).as("the reservation of a failed checkout").isIn("RELEASED", "EXPIRED"));
    }
}
