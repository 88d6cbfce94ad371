package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Nothing personal ever goes through the shared cache: whatever carries a token or a cookie, and whatever is no public
 * read (carts, orders), reaches the service every time and is never kept, even when the service wrongly marks its
 * answer public (the fakes do, see {@link CacheableAnswers}). Every answer names its caller, so a mix-up shows.
 */
class ResponseCachePrivacyTest extends GatewayTest {

    private static final Pattern CALLER = Pattern.compile("\"caller\":\"([^\"]*)\"");

    @Test
    void neverKeepsTheAnswerToASignedInReader() {
        String path = ResponseCacheTest.cachePath("public");
        String token = customerToken();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.caller").isEqualTo("bearer " + token);

        client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.caller").isEqualTo("anonymous");
        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
    }

    @Test
    void neverServesAKeptAnswerToASignedInReader() {
        String path = ResponseCacheTest.cachePath("public");
        client.get().uri(path).exchange().expectStatus().isOk();
        String token = adminToken();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.AGE)
                .expectBody().jsonPath("$.caller").isEqualTo("bearer " + token);
        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
    }

    @Test
    void neverKeepsTheAnswerToAReaderWithACookie() {
        String path = ResponseCacheTest.cachePath("public");
        client.get().uri(path).header(HttpHeaders.COOKIE, "session=reader-1").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.caller").isEqualTo("cookie session=reader-1");

        client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.caller").isEqualTo("anonymous");
        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
    }

    @Test
    void neverServesAKeptAnswerToAReaderWithACookie() {
        String path = ResponseCacheTest.cachePath("public");
        client.get().uri(path).exchange().expectStatus().isOk();

        client.get().uri(path).header(HttpHeaders.COOKIE, "session=reader-2").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.AGE)
                .expectBody().jsonPath("$.caller").isEqualTo("cookie session=reader-2");
        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
    }

    @Test
    void neverKeepsAGuestCart() {
        // a guest cart needs no credential: only its X-Cart-Id tells one guest's from another's
        String path = "/api/v1/cart/items/cache-public?probe=" + UUID.randomUUID();
        client.get().uri(path).header("X-Cart-Id", "cart-of-ann").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.caller").isEqualTo("cart cart-of-ann");

        client.get().uri(path).header("X-Cart-Id", "cart-of-bob").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.AGE)
                .expectBody().jsonPath("$.caller").isEqualTo("cart cart-of-bob");
        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
    }

    @Test
    void neverKeepsAnOrder() {
        String path = unique("/api/v1/orders/cache-public");
        String token = customerToken();
        for (int i = 0; i < 2; i++) {
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist(HttpHeaders.AGE)
                    .expectBody().jsonPath("$.caller").isEqualTo("bearer " + token);
        }

        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
        client.get().uri(path).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void keepsEveryCallersAnswerTheirOwnUnderConcurrentReadsOfOnePath() throws Exception {
        String path = ResponseCacheTest.cachePath("public");
        int threads = 8;
        int iterations = 200;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> otherStatuses = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        List<Future<?>> readers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                String token = customerToken();
                String cookie = "session=reader-" + t;
                readers.add(pool.submit(() -> {
                    for (int i = 0; i < iterations; i++) {
                        Reader reader = Reader.values()[i % Reader.values().length];
                        HttpResponse<String> response = http.send(reader.request(port, path, token, cookie),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            otherStatuses.add(response.statusCode());
                            continue;
                        }
                        answered.incrementAndGet();
                        String expected = reader.expectedCaller(token, cookie);
                        String got = callerIn(response.body());
                        if (!expected.equals(got)) {
                            wrongAnswers.add(reader + " got the answer for " + got);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
        }

        assertThat(wrongAnswers).isEmpty();
        // a gateway or service too slow under this load may time out (504); never anything else
        assertThat(otherStatuses).allMatch(status -> status == 504);
        assertThat(answered.get()).isGreaterThan(threads * iterations * 9 / 10);
    }

    private static String callerIn(String body) {
        Matcher caller = CALLER.matcher(body);
        return caller.find() ? caller.group(1) : "(no caller in " + body + ")";
    }

    /** Who reads, in turn: an anonymous reader, a signed-in one, one with a cookie, an anonymous one refreshing. */
    private enum Reader {
        ANONYMOUS, SIGNED_IN, WITH_COOKIE, ANONYMOUS_REFRESHING;

        HttpRequest request(int port, String path, String token, String cookie) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(15))
                    // each request its own anonymous client, as in GatewayTest, so no rate limit bucket runs dry
                    .header("X-Forwarded-For", randomClientAddress());
            return switch (this) {
                case ANONYMOUS -> request.build();
                case SIGNED_IN -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
                case WITH_COOKIE -> request.header(HttpHeaders.COOKIE, cookie).build();
                case ANONYMOUS_REFRESHING -> request.header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
            };
        }

        String expectedCaller(String token, String cookie) {
            return switch (this) {
                case ANONYMOUS, ANONYMOUS_REFRESHING -> "anonymous";
                case SIGNED_IN -> "bearer " + token;
                case WITH_COOKIE -> "cookie " + cookie;
            };
        }
    }
}
