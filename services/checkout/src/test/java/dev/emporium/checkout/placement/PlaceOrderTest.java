package dev.emporium.checkout.placement;

import static dev.emporium.checkout.placement.PlaceOrderClient.body;
import static dev.emporium.checkout.placement.PlaceOrderClient.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.checkout.TestCatalog;
import dev.emporium.checkout.harness.RunningInventory.StockLevels;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.checkout.harness.RunningPayment;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.RawHttp;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestHttp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One checkout at a time: what the customer gets, and what it leaves in cart, inventory, payment and order. */
class PlaceOrderTest extends SagaTest {

    @Test
    void placesAConfirmedOrderChargedOnceWithTheStockTakenAndTheCartEmptied() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 2);

        TestHttp.Response placed = client.placeWithCard(customer, RunningPayment.APPROVED);

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        assertThat(order.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(order.path("number").asString()).matches("EM-\\d{4}-\\d{6}");
        assertThat(order.path("total").path("currency").asString()).isEqualTo("EUR");
        assertThat(placed.header("Location")).isEqualTo("/api/v1/orders/" + order.path("id").asString());
        assertThat(order.path("payment").path("last4").asString()).isEqualTo("4242");
        UUID checkoutId = UUID.fromString(jdbc.sql("SELECT id FROM checkout WHERE order_id = :order")
                .param("order", UUID.fromString(order.path("id").asString())).query(String.class).single());
        assertChargedOnceAndConfirmed(row(checkoutId));
        assertThat(stock(sku)).isEqualTo(new StockLevels(8, 0, 8));
        assertThat(unitsInCart(customer, sku)).isZero();
        assertThat(client.checkout(customer, checkoutId.toString()).json().path("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void declinedCardLeavesNothingChargedNoStockHeldAndTheCartIntact() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 2);

        TestHttp.Response declined = client.placeWithCard(customer, RunningPayment.DECLINED);

        ProblemAssertions.assertProblem(declined, 402, "PAYMENT_DECLINED");
        assertThat(declined.json().path("declineCode").asString()).isEqualTo("card_declined");
        UUID checkoutId = UUID.fromString(declined.json().path("checkoutId").asString());
        CheckoutRow checkout = finished(checkoutId);
        assertThat(checkout.status()).isEqualTo("FAILED");
        assertNothingChargedOrHeld(checkout);
        assertThat(services.order().order(checkout.orderId())).as("no order for a declined card").isEmpty();
        assertThat(stock(sku)).isEqualTo(new StockLevels(10, 0, 10));
        assertThat(unitsInCart(customer, sku)).isEqualTo(2);
        JsonNode view = client.checkout(customer, checkoutId.toString()).json();
        assertThat(view.path("status").asString()).isEqualTo("FAILED");
        assertThat(view.path("problem").path("code").asString()).isEqualTo("PAYMENT_DECLINED");
    }

    @Test
    void insufficientFundsIsADeclineToo() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);

        TestHttp.Response declined = client.placeWithCard(customer, RunningPayment.INSUFFICIENT_FUNDS);

        ProblemAssertions.assertProblem(declined, 402, "PAYMENT_DECLINED");
        assertThat(declined.json().path("declineCode").asString()).isEqualTo("insufficient_funds");
        assertThat(stock(sku).available()).isEqualTo(10);
    }

    @Test
    void rejectsCheckoutWhenStockRunsOut() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 4);
        services.inventory().setStock(sku, 3);

        TestHttp.Response refused = client.placeWithCard(customer, RunningPayment.APPROVED);

        ProblemAssertions.assertProblem(refused, 409, "INSUFFICIENT_STOCK");
        assertThat(refused.json().path("shortages").toString()).contains(sku);
        CheckoutRow checkout = finished(UUID.fromString(refused.json().path("checkoutId").asString()));
        assertThat(services.payment().payment(checkout.paymentId())).as("no card was charged for it").isEmpty();
        assertThat(stock(sku)).isEqualTo(new StockLevels(3, 0, 3));
        assertThat(unitsInCart(customer, sku)).isEqualTo(4);
    }

    @Test
    void refusesAnEmptyCart() {
        ProblemAssertions.assertProblem(client.placeWithCard(UUID.randomUUID(), RunningPayment.APPROVED), 409, "CART_EMPTY");
    }

    @Test
    void refusesAPriceThatChangedSinceTheLineWentIntoTheCart() {
        ProductChangedV1 tee = teeWithStock(10);
        String sku = TestCatalog.sku(tee, 0);
        UUID customer = customerWithCart(sku, 1);
        catalog.publish(TestCatalog.repriced(tee, List.of(TestCatalog.price("21.99 USD"), TestCatalog.price("20.49 EUR"),
                TestCatalog.price("17.99 GBP"))));

        TestHttp.Response refused = client.placeWithCard(customer, RunningPayment.APPROVED);

        ProblemAssertions.assertProblem(refused, 409, "PRICE_CHANGED");
        assertThat(refused.json().path("lines").get(0).path("currentPrice").path("amount").asString()).isEqualTo("20.49");
        assertThat(stock(sku).available()).isEqualTo(10);
    }

    @Test
    void aCardThatNeedsTheCustomerAnswers202AndCompletesOnceTheyConfirm() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);

        TestHttp.Response pending = client.placeWithCard(customer, RunningPayment.NEEDS_CONFIRMATION);

        assertThat(pending.status()).as(pending.body()).isEqualTo(202);
        assertThat(pending.json().path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        String checkoutId = pending.json().path("checkoutId").asString();
        assertThat(pending.header("Location")).isEqualTo("/api/v1/checkout/" + checkoutId);
        URI confirmation = URI.create(pending.json().path("nextAction").path("url").asString());
        assertThat(stock(sku).reserved()).as("the units are held while the customer confirms").isEqualTo(1);

        TestHttp.Response confirmed = services.payment().service().http().send("POST", confirmation.getPath(), "decision=confirm",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(confirmed.status()).isLessThan(400);

        await().atMost(Duration.ofSeconds(20)).until(() -> client.checkout(customer, checkoutId).json().path("status").asString().equals("COMPLETED"));
        CheckoutRow checkout = row(UUID.fromString(checkoutId));
        assertChargedOnceAndConfirmed(checkout);
        assertThat(client.checkout(customer, checkoutId).json().path("orderId").asString()).isEqualTo(checkout.orderId().toString());
        assertThat(stock(sku)).isEqualTo(new StockLevels(9, 0, 9));
    }

    @Test
    void aCustomerWhoCancelsTheConfirmationGetsNothingChargedAndTheUnitsBack() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        TestHttp.Response pending = client.placeWithCard(customer, RunningPayment.NEEDS_CONFIRMATION);
        String checkoutId = pending.json().path("checkoutId").asString();

        services.payment().service().http().send("POST", URI.create(pending.json().path("nextAction").path("url").asString()).getPath(),
                "decision=decline", "Content-Type", "application/x-www-form-urlencoded");

        CheckoutRow checkout = finished(UUID.fromString(checkoutId));
        assertThat(checkout.status()).isEqualTo("FAILED");
        assertThat(client.checkout(customer, checkoutId).json().path("problem").path("code").asString()).isEqualTo("PAYMENT_DECLINED");
        assertNothingChargedOrHeld(checkout);
        assertThat(stock(sku)).isEqualTo(new StockLevels(10, 0, 10));
        assertThat(unitsInCart(customer, sku)).isEqualTo(1);
    }

    @Test
    void showsACheckoutOnlyToItsCustomer() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        TestHttp.Response declined = client.placeWithCard(customer, RunningPayment.DECLINED);
        String checkoutId = declined.json().path("checkoutId").asString();

        ProblemAssertions.assertProblem(client.checkout(UUID.randomUUID(), checkoutId), 404, "NOT_FOUND");
        ProblemAssertions.assertProblem(client.checkout(customer, UUID.randomUUID().toString()), 404, "NOT_FOUND");
    }

    @Test
    void refusesAnIdempotencyKeyOutsideVisibleAsciiWithA400Problem() {
        byte[] body = body(card(RunningPayment.APPROVED)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RawHttp.Response response = new RawHttp("127.0.0.1", port).send("POST /api/v1/checkout HTTP/1.1",
                "Authorization: Bearer " + TestJwts.get().customer(UUID.randomUUID()) + "\r\nIdempotency-Key: ключ\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void refusesARequestWithoutIdempotencyKeyAndChangesNothing() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);

        ProblemAssertions.assertProblem(client.place(customer, null, body(card(RunningPayment.APPROVED))), 400, "VALIDATION_FAILED");
        ProblemAssertions.assertProblem(client.place(customer, "bad key with spaces", body(card(RunningPayment.APPROVED))), 400, "VALIDATION_FAILED");
        ProblemAssertions.assertProblem(client.place(customer, UUID.randomUUID().toString(),
                body("{\"cardNumber\": \"4242424242424242\", \"expMonth\": 12, \"expYear\": 2031, \"cvc\": \"123\", \"paymentToken\": \"tok_1\"}")),
                400, "VALIDATION_FAILED");
        ProblemAssertions.assertProblem(client.place(customer, UUID.randomUUID().toString(),
                body("{\"cardNumber\": \"4242424242424242\", \"expMonth\": 12, \"expYear\": 2031}")), 400, "VALIDATION_FAILED");
        ProblemAssertions.assertProblem(client.place(customer, UUID.randomUUID().toString(), body(card("42424242"))), 400, "VALIDATION_FAILED");
        ProblemAssertions.assertProblem(client.place(customer, UUID.randomUUID().toString(), body(card(RunningPayment.APPROVED), "JPY")),
                400, "VALIDATION_FAILED");

        assertThat(stock(sku).available()).isEqualTo(10);
        assertThat(jdbc.sql("SELECT count(*) FROM checkout WHERE customer_id = :c").param("c", customer).query(Long.class).single()).isZero();
    }
}
