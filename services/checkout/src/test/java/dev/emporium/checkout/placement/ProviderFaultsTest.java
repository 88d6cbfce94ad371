package dev.emporium.checkout.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.cardprovider.CardProviderFaults.Fault;
import dev.emporium.checkout.harness.RunningInventory.StockLevels;
import dev.emporium.checkout.harness.RunningPayment;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The card provider times out, fails with 5xx, or acts and then times out (the caller cannot tell): before the capture
 * the checkout fails with 503 and nothing stays charged or held; at the capture it is retried until it goes through,
 * once.
 */
class ProviderFaultsTest extends SagaTest {

    @Test
    void aProviderThatKeepsFailingToAuthorizeFailsTheCheckoutWith503AndHoldsNothing() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        services.payment().faults().inject("authorize", Fault.SERVER_ERROR, 100);

        TestHttp.Response answer = client.placeWithCard(customer, RunningPayment.APPROVED);

        ProblemAssertions.assertProblem(answer, 503, "SERVICE_UNAVAILABLE");
        CheckoutRow checkout = finished(UUID.fromString(answer.json().path("checkoutId").asString()));
        assertThat(checkout.status()).isEqualTo("FAILED");
        assertNothingChargedOrHeld(checkout);
        assertThat(stock(sku)).isEqualTo(new StockLevels(10, 0, 10));
        assertThat(unitsInCart(customer, sku)).isEqualTo(1);
    }

    @Test
    void anAuthorizationTheProviderMadeButNeverReportedIsVoided() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        services.payment().faults().inject("authorize", Fault.TIMEOUT_AFTER_SUCCESS, 100);

        TestHttp.Response answer = client.placeWithCard(customer, RunningPayment.APPROVED);

        assertThat(answer.status()).as(answer.body()).isIn(201, 503);
        CheckoutRow checkout = finished(UUID.fromString(answer.status() == 201
                ? jdbc.sql("SELECT id::text FROM checkout WHERE customer_id = :c").param("c", customer).query(String.class).single()
                : answer.json().path("checkoutId").asString()));
        if (checkout.status().equals("COMPLETED")) {
            assertChargedOnceAndConfirmed(checkout);
        } else {
            services.payment().faults().clear();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertNothingChargedOrHeld(checkout));
            assertThat(stock(sku)).isEqualTo(new StockLevels(10, 0, 10));
        }
    }

    @Test
    void aCaptureThatFailsAtFirstIsRetriedAndChargesOnce() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 2);
        services.payment().faults().inject("capture", Fault.SERVER_ERROR, 5);

        TestHttp.Response answer = client.placeWithCard(customer, RunningPayment.APPROVED);

        assertThat(answer.status()).as(answer.body()).isIn(201, 202);
        UUID checkoutId = UUID.fromString(jdbc.sql("SELECT id::text FROM checkout WHERE customer_id = :c").param("c", customer)
                .query(String.class).single());
        CheckoutRow checkout = finished(checkoutId);
        assertThat(checkout.status()).as("past the point of no return a checkout only goes forward").isEqualTo("COMPLETED");
        assertChargedOnceAndConfirmed(checkout);
        assertThat(stock(sku)).isEqualTo(new StockLevels(8, 0, 8));
    }

    @Test
    void aCaptureThatTimesOutAfterTheProviderChargedIsNotChargedTwice() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        services.payment().faults().inject("capture", Fault.TIMEOUT_AFTER_SUCCESS, 2);

        client.placeWithCard(customer, RunningPayment.APPROVED);

        UUID checkoutId = UUID.fromString(jdbc.sql("SELECT id::text FROM checkout WHERE customer_id = :c").param("c", customer)
                .query(String.class).single());
        CheckoutRow checkout = finished(checkoutId);
        assertThat(checkout.status()).isEqualTo("COMPLETED");
        assertChargedOnceAndConfirmed(checkout);
    }
}
