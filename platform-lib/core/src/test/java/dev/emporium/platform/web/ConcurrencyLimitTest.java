package dev.emporium.platform.web;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.platform.testapp.SampleController;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service under more load than it can serve refuses the excess quickly with 503 instead of parking it until the
 * heap runs out; what it took on completes, and its probes keep answering.
 */
@EmporiumServiceTest(classes = PlatformTestApplication.class, properties = {
        "emporium.web.max-concurrent-requests=4", "emporium.web.max-queued-requests=4", "emporium.web.queue-timeout=300ms" })
class ConcurrencyLimitTest {

    @LocalServerPort int port;

    @AfterEach
    void openGate() {
        SampleController.GATE.get().countDown();
    }

    @Test
    void refusesRequestsBeyondTheLimitWith503AndServesTheRest() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        SampleController.GATE.set(gate);
        TestHttp http = new TestHttp("http://127.0.0.1:" + port);
        int requests = 40;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<TestHttp.Response>> responses = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                responses.add(clients.submit(() -> http.get("/api/v1/public/slow")));
            }
            // while four requests hold the four slots, every other one is refused within the queue timeout
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (responses.stream().filter(Future::isDone).count() < requests - 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<Future<TestHttp.Response>> answered = responses.stream().filter(Future::isDone).toList();
            assertThat(answered).hasSize(requests - 4);
            for (Future<TestHttp.Response> response : answered) {
                assertProblem(response.get(), 503, "SERVICE_UNAVAILABLE");
                assertThat(response.get().header("Retry-After")).isEqualTo("1");
            }
            assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);

            gate.countDown();
            for (Future<TestHttp.Response> response : responses.stream().filter(r -> !answered.contains(r)).toList()) {
                assertThat(response.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        }
        assertThat(http.get("/api/v1/public/slow").status()).isEqualTo(200);
    }
}
