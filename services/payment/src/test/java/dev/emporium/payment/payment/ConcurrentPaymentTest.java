package dev.emporium.payment.payment;

import static dev.emporium.payment.PaymentApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.payment.PaymentApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Money guarantees under concurrency: refunds never exceed the capture, one payment id is one provider authorization. */
@EmporiumServiceTest(properties = "emporium.payment.card-provider.latency=20ms")
class ConcurrentPaymentTest {

    static final int THREADS = 12;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    PaymentApi api;

    @BeforeEach
    void client() {
        api = new PaymentApi(port);
    }

    @Test
    void concurrentRefundsNeverExceedWhatWasCaptured() throws Exception {
        for (int iteration = 0; iteration < 5; iteration++) {
            UUID id = api.capturedPayment("100.00");

            List<TestHttp.Response> answers = race(THREADS, () -> api.refund(id, UUID.randomUUID(), "15.00"));

            long refunded = answers.stream().filter(r -> r.status() == 200).count();
            assertThat(refunded).isEqualTo(6); // 6 x 15.00 = 90.00 <= 100.00 < 7 x 15.00
            assertThat(answers).allMatch(r -> r.status() == 200 || r.status() == 409);
            assertThat(jdbc.sql("SELECT refunded_amount FROM payment WHERE id = :id").param("id", id).query(BigDecimal.class).single())
                    .isEqualByComparingTo("90.00");
            assertThat(jdbc.sql("SELECT COALESCE(SUM(r.amount), 0) FROM card_provider.refund r JOIN payment p ON p.provider_payment_id = r.authorization_id WHERE p.id = :id")
                    .param("id", id).query(BigDecimal.class).single()).isEqualByComparingTo("90.00");
        }
    }

    @Test
    void concurrentIdenticalAuthorizationsMakeOneProviderAuthorization() throws Exception {
        for (int iteration = 0; iteration < 5; iteration++) {
            UUID id = UUID.randomUUID();

            List<TestHttp.Response> answers = race(THREADS, () -> api.authorize(id, "42.00", PaymentApi.APPROVED));

            assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(answers).allSatisfy(r -> assertThat(r.json().get("status").asString()).isEqualTo("AUTHORIZED"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM card_provider.card_authorization WHERE reference = :ref").param("ref", id.toString())
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_operation WHERE payment_id = :id").param("id", id).query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    static List<TestHttp.Response> race(int threads, java.util.concurrent.Callable<TestHttp.Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TestHttp.Response>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<TestHttp.Response> answers = new ArrayList<>();
            for (Future<TestHttp.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
