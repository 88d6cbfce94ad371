package dev.emporium.checkout.quote;

import static dev.emporium.checkout.quote.QuoteClient.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.emporium.checkout.CheckoutServiceTest;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestTokenEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When cart fails (5xx, no answer in time), a quote is a clean 503 with {@code Retry-After}, a read is retried a
 * bounded number of times, and once cart keeps failing the circuit opens: checkout stops calling it for a while.
 * Cart is played here by a bare HTTP endpoint that fails on command (the real one does not fail on demand).
 */
@CheckoutServiceTest
class CartUnavailableTest {

    static final AtomicInteger CALLS = new AtomicInteger();
    static final AtomicReference<String> MODE = new AtomicReference<>("fail");
    static final HttpServer FAILING_CART = failingCart();

    @DynamicPropertySource
    static void cart(DynamicPropertyRegistry registry) {
        registry.add("emporium.services.cart.url", () -> "http://127.0.0.1:" + FAILING_CART.getAddress().getPort());
        registry.add("emporium.service-client.client-id", () -> "checkout");
        registry.add("emporium.service-client.client-secret", () -> "test-secret");
        registry.add("emporium.service-client.token-uri", () -> TestTokenEndpoint.get().uri().toString());
        registry.add("emporium.checkout.cart.timeout", () -> "300ms");
        registry.add("emporium.checkout.cart.attempts", () -> "3");
        registry.add("emporium.checkout.cart.retry-backoff", () -> "10ms");
        registry.add("emporium.checkout.cart.open-circuit-for", () -> "1h");
    }

    @LocalServerPort int port;
    QuoteClient client;

    @BeforeEach
    void client() {
        client = new QuoteClient(port);
    }

    @Test
    void answers503AfterABoundedNumberOfAttemptsThenStopsCallingACartThatKeepsFailing() {
        int before = CALLS.get();
        TestHttp.Response first = client.quote(UUID.randomUUID(), BERLIN, "STANDARD", "EUR");
        ProblemAssertions.assertProblem(first, 503, "SERVICE_UNAVAILABLE");
        assertThat(first.header("Retry-After")).isEqualTo("5");
        assertThat(first.json().get("detail").asString()).contains("cart").doesNotContain("500").doesNotContain("127.0.0.1");
        assertThat(CALLS.get() - before).as("three attempts of a read").isEqualTo(3);

        MODE.set("slow");
        Instant start = Instant.now();
        ProblemAssertions.assertProblem(client.quote(UUID.randomUUID(), BERLIN, "STANDARD", "EUR"), 503, "SERVICE_UNAVAILABLE");
        assertThat(Duration.between(start, Instant.now())).as("3 × a 300 ms timeout, not cart's 5 s").isLessThan(Duration.ofSeconds(3));

        MODE.set("fail");
        for (int i = 0; i < 10; i++) {
            ProblemAssertions.assertProblem(client.quote(UUID.randomUUID(), BERLIN, "STANDARD", "EUR"), 503, "SERVICE_UNAVAILABLE");
        }
        assertThat(CALLS.get() - before).as("the circuit opened after 10 failed calls (4 quotes): no more calls")
                .isLessThanOrEqualTo(12);
    }

    private static HttpServer failingCart() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/internal/carts/", exchange -> {
                try (exchange) {
                    CALLS.incrementAndGet();
                    if ("slow".equals(MODE.get())) {
                        Thread.sleep(5_000);
                    }
                    byte[] body = "{\"code\": \"INTERNAL_ERROR\"}".getBytes();
                    exchange.sendResponseHeaders(500, body.length);
                    exchange.getResponseBody().write(body);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    // the client gave up waiting: as intended
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
