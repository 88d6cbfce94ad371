package dev.emporium.catalog.product;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin's product creation retried with the same Idempotency-Key never makes a second product. */
@EmporiumServiceTest
class IdempotentProductCreationTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    CatalogApi api;
    String category;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
        category = api.createCategory("Lamps " + CatalogApi.uniqueSku(), null);
    }

    private String newProduct(String name) {
        return CatalogApi.product(name, category, CatalogApi.uniqueSku(), "ACTIVE", "30.00");
    }

    private long productsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM product WHERE name = :name").param("name", name).query(Long.class).single();
    }

    @Test
    void answersARetriedCreateWithTheFirstProduct() {
        String name = "Desk Lamp " + UUID.randomUUID();
        String body = newProduct(name);
        String key = UUID.randomUUID().toString();

        TestHttp.Response first = api.asAdmin("POST", "/api/v1/admin/products", body, "Idempotency-Key", key);
        TestHttp.Response retry = api.asAdmin("POST", "/api/v1/admin/products", body, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(productsNamed(name)).isEqualTo(1);
    }

    @Test
    void replaysTheAnswerOfACreateWhoseClientGaveUpAfterSending() throws Exception {
        String name = "Floor Lamp " + UUID.randomUUID();
        String body = newProduct(name);
        String key = UUID.randomUUID().toString();
        sendAndHangUp(body, key);
        await().atMost(Duration.ofSeconds(30)).until(() -> productsNamed(name) == 1);

        TestHttp.Response retry = api.asAdmin("POST", "/api/v1/admin/products", body, "Idempotency-Key", key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.json().get("name").asString()).isEqualTo(name);
        assertThat(retry.header("Location")).isEqualTo("/api/v1/admin/products/" + retry.json().get("id").asString());
        assertThat(productsNamed(name)).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyForAnotherProduct() {
        String key = UUID.randomUUID().toString();
        api.asAdmin("POST", "/api/v1/admin/products", newProduct("Wall Lamp " + UUID.randomUUID()), "Idempotency-Key", key);

        assertProblem(api.asAdmin("POST", "/api/v1/admin/products", newProduct("Other Lamp " + UUID.randomUUID()),
                "Idempotency-Key", key), 422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void refusesAnEmptyOrOverlongKey() {
        assertProblem(api.asAdmin("POST", "/api/v1/admin/products", newProduct("Lamp " + UUID.randomUUID()),
                "Idempotency-Key", ""), 400, "VALIDATION_FAILED");
        assertProblem(api.asAdmin("POST", "/api/v1/admin/products", newProduct("Lamp " + UUID.randomUUID()),
                "Idempotency-Key", "k".repeat(256)), 400, "VALIDATION_FAILED");
    }

    @Test
    void createsOneProductWhenManyRetriesRaceWithOneKey() throws Exception {
        int threads = 8;
        int iterations = 10;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < iterations; i++) {
                String name = "Race Lamp " + UUID.randomUUID();
                String body = newProduct(name);
                String key = UUID.randomUUID().toString();
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<TestHttp.Response>> answers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return api.asAdmin("POST", "/api/v1/admin/products", body, "Idempotency-Key", key);
                    }));
                }
                List<String> created = new ArrayList<>();
                for (Future<TestHttp.Response> answer : answers) {
                    TestHttp.Response response = answer.get();
                    if (response.status() == 201) {
                        created.add(response.header("Location"));
                    } else {
                        assertProblem(response, 409, "IDEMPOTENCY_KEY_IN_PROGRESS");
                    }
                }
                assertThat(created).isNotEmpty().containsOnly(created.getFirst());
                assertThat(productsNamed(name)).isEqualTo(1);
            }
        }
    }

    /** Sends the whole request, then closes the connection without reading the answer, as a client that timed out. */
    private void sendAndHangUp(String body, String key) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/admin/products HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + api.adminToken() + "\r\n"
                + "Idempotency-Key: " + key + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }
    }
}
