package dev.emporium.checkout.placement;

import static dev.emporium.checkout.placement.PlaceOrderClient.body;
import static dev.emporium.checkout.placement.PlaceOrderClient.card;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.checkout.harness.RunningPayment;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same Idempotency-Key never places a second order: retried one after another, all at once, or with another body. */
class IdempotentCheckoutTest extends SagaTest {

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstOrder() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        String key = UUID.randomUUID().toString();

        TestHttp.Response first = client.place(customer, key, body(card(RunningPayment.APPROVED)));
        TestHttp.Response retry = client.place(customer, key, body(card(RunningPayment.APPROVED)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(services.order().ordersOf(customer)).hasSize(1);
        assertThat(stock(sku).onHand()).isEqualTo(9);
    }

    @Test
    void aRetryOfADeclinedCheckoutAnswersTheSameDecline() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        String key = UUID.randomUUID().toString();

        TestHttp.Response first = client.place(customer, key, body(card(RunningPayment.DECLINED)));
        TestHttp.Response retry = client.place(customer, key, body(card(RunningPayment.DECLINED)));

        ProblemAssertions.assertProblem(first, 402, "PAYMENT_DECLINED");
        ProblemAssertions.assertProblem(retry, 402, "PAYMENT_DECLINED");
        assertThat(retry.json().path("checkoutId").asString()).isEqualTo(first.json().path("checkoutId").asString());
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 1);
        String key = UUID.randomUUID().toString();
        TestHttp.Response first = client.place(customer, key, body(card(RunningPayment.APPROVED)));

        TestHttp.Response reused = client.place(customer, key, body(card(RunningPayment.APPROVED), "USD"));

        assertThat(first.status()).isEqualTo(201);
        ProblemAssertions.assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(services.order().ordersOf(customer)).hasSize(1);
    }

    @Test
    void concurrentRequestsWithOneKeyPlaceOneOrder() throws Exception {
        int rounds = 5;
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            for (int round = 0; round < rounds; round++) {
                String sku = teeInStock(10);
                UUID customer = customerWithCart(sku, 2);
                String key = UUID.randomUUID().toString();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<TestHttp.Response>> answers = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return client.place(customer, key, body(card(RunningPayment.APPROVED)));
                    }));
                }
                start.countDown();
                Set<String> orders = new HashSet<>();
                int inProgress = 0;
                for (Future<TestHttp.Response> answer : answers) {
                    TestHttp.Response response = answer.get();
                    if (response.status() == 201) {
                        orders.add(response.json().path("id").asString());
                    } else {
                        ProblemAssertions.assertProblem(response, 409, "CHECKOUT_IN_PROGRESS");
                        inProgress++;
                    }
                }
                assertThat(orders).as("round %d: one order id in every 201", round).hasSize(1);
                assertThat(orders.size() + inProgress).isLessThanOrEqualTo(parallel);
                assertThat(services.order().ordersOf(customer)).as("round %d: orders placed", round).hasSize(1);
                assertThat(stock(sku).onHand()).as("round %d: units taken once", round).isEqualTo(8);
                assertThat(jdbc.sql("SELECT count(*) FROM checkout WHERE customer_id = :c").param("c", customer).query(Long.class).single())
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
