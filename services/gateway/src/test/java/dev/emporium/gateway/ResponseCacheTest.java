package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's shared cache of public answers, against fake services that state cacheability as catalog and search
 * do ({@link CacheableAnswers}); every test reads a path of its own, so the calls a service counts are the test's.
 */
class ResponseCacheTest extends GatewayTest {

    static final String METRIC = "emporium.gateway.response.cache";

    @Autowired
    MeterRegistry meters;

    @Test
    void servesTheSecondAnonymousReadFromTheCache() {
        String path = cachePath("public");
        read(path).expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.AGE)
                .expectBody().jsonPath("$.call").isEqualTo(1);

        read(path).expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.AGE)
                .expectBody().jsonPath("$.call").isEqualTo(1);
        assertThat(SERVICES.callsTo(path)).isEqualTo(1);
    }

    @Test
    void answersAHitWithTheServicesHeadersDescribingTheBody() {
        String path = cachePath("public");
        read(path);

        read(path).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONTENT_TYPE, "application/json")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, CacheableAnswers.PUBLIC)
                .expectHeader().valueEquals(HttpHeaders.ETAG, CacheableAnswers.etag("public"))
                .expectHeader().valueEquals(HttpHeaders.LAST_MODIFIED, CacheableAnswers.LAST_MODIFIED)
                .expectHeader().value(HttpHeaders.VARY, vary -> assertThat(vary).contains("Accept-Currency"))
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void givesAHitItsOwnRequestIdAndTheSecurityHeaders() {
        String path = cachePath("public");
        read(path, Map.of("X-Request-Id", "first-reader"));

        read(path, Map.of("X-Request-Id", "second-reader")).expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.AGE)
                .expectHeader().valueEquals("X-Request-Id", "second-reader")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().exists("Content-Security-Policy");
    }

    @Test
    void givesAKeptAnswerTheCorsHeadersOfTheOriginAskingNow() {
        String path = cachePath("public");
        read(path, Map.of(HttpHeaders.ORIGIN, "http://localhost:5173"))
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");

        read(path, Map.of(HttpHeaders.ORIGIN, "http://localhost:8080")).expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.AGE)
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080")
                .expectHeader().value(HttpHeaders.VARY, vary -> assertThat(vary).contains("Origin"));
        read(path).expectHeader().exists(HttpHeaders.AGE)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void countsAgeInWholeSecondsSinceTheAnswerWasKept() throws InterruptedException {
        String path = cachePath("public");
        read(path);
        Thread.sleep(1100);

        read(path).expectHeader().value(HttpHeaders.AGE, age -> assertThat(Integer.parseInt(age)).isBetween(1, 5));
    }

    @Test
    void keepsOneAnswerPerCurrencyAndLanguage() {
        String path = cachePath("public");
        Map<String, String> euros = Map.of("Accept-Currency", "EUR");
        Map<String, String> dollars = Map.of("Accept-Currency", "USD");
        Map<String, String> german = Map.of("Accept-Language", "de");
        for (int round = 0; round < 2; round++) {
            read(path).expectBody().jsonPath("$.currency").isEqualTo("(none)").jsonPath("$.language").isEqualTo("(none)");
            read(path, euros).expectBody().jsonPath("$.currency").isEqualTo("EUR");
            read(path, dollars).expectBody().jsonPath("$.currency").isEqualTo("USD");
            read(path, german).expectBody().jsonPath("$.language").isEqualTo("de").jsonPath("$.currency").isEqualTo("(none)");
        }

        assertThat(SERVICES.callsTo(path)).isEqualTo(4);
    }

    @Test
    void makesTheQueryPartOfTheKey() {
        String path = cachePath("public");
        read(path + "?page=1");
        read(path + "?page=2");
        read(path + "?page=1");

        assertThat(SERVICES.callsTo(path + "?page=1")).isEqualTo(1);
        assertThat(SERVICES.callsTo(path + "?page=2")).isEqualTo(1);
    }

    @Test
    void asksTheServiceAgainOnceTheSharedMaxAgeHasPassed() throws InterruptedException {
        String path = cachePath("short");
        read(path);
        read(path);
        Thread.sleep(1200);

        read(path).expectBody().jsonPath("$.call").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zero", "private", "no-store", "no-cache", "none", "cookie", "vary-star", "vary-cookie"})
    void neverKeepsAnAnswerTheServiceDidNotMarkForSharedCaches(String kind) {
        String path = cachePath(kind);
        read(path).expectStatus().isOk();

        read(path).expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.AGE)
                .expectBody().jsonPath("$.call").isEqualTo(2);
    }

    @Test
    void neverKeepsAnAnswerOtherThanOk() {
        String path = cachePath("gone");
        read(path).expectStatus().isNotFound();

        read(path).expectStatus().isNotFound().expectBody().jsonPath("$.call").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"big", "big-chunked"})
    void passesAnAnswerOverTheEntryLimitOnWithoutKeepingIt(String kind) {
        String path = cachePath(kind);
        WebTestClient roomy = client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1024 * 1024)).build();
        roomy.get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult();

        byte[] body = roomy.get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        assertThat(body).hasSizeGreaterThan(CacheableAnswers.BIG_BYTES);
        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
    }

    @Test
    void answersNotModifiedFromTheCacheWhenTheETagMatches() {
        String path = cachePath("public");
        read(path);

        read(path, Map.of(HttpHeaders.IF_NONE_MATCH, "W/" + CacheableAnswers.etag("public")))
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, CacheableAnswers.etag("public"))
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, CacheableAnswers.PUBLIC)
                .expectHeader().exists(HttpHeaders.VARY)
                .expectBody().isEmpty();
        assertThat(SERVICES.callsTo(path)).isEqualTo(1);
    }

    @Test
    void answersNotModifiedFromTheCacheWhenNothingChangedSinceTheClientsDate() {
        String path = cachePath("public");
        read(path);

        read(path, Map.of(HttpHeaders.IF_MODIFIED_SINCE, CacheableAnswers.LAST_MODIFIED))
                .expectStatus().isNotModified().expectBody().isEmpty();
    }

    @Test
    void answersInFullFromTheCacheWhenTheETagDiffers() {
        String path = cachePath("public");
        read(path);

        read(path, Map.of(HttpHeaders.IF_NONE_MATCH, "\"older\"")).expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.AGE)
                .expectBody().jsonPath("$.call").isEqualTo(1);
    }

    @Test
    void answersNotModifiedOnAMissAfterFetchingTheFullAnswerToKeep() {
        String path = cachePath("public");

        read(path, Map.of(HttpHeaders.IF_NONE_MATCH, CacheableAnswers.etag("public")))
                .expectStatus().isNotModified().expectBody().isEmpty();

        assertThat(receivedAt(path).header(HttpHeaders.IF_NONE_MATCH)).isNull();
        read(path).expectStatus().isOk().expectHeader().exists(HttpHeaders.AGE).expectBody().jsonPath("$.call").isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"Cache-Control, no-cache", "Cache-Control, max-age=0", "Pragma, no-cache"})
    void fetchesAndKeepsAFreshAnswerWhenTheClientAsks(String header, String value) {
        String path = cachePath("public");
        read(path);

        read(path, Map.of(header, value)).expectHeader().doesNotExist(HttpHeaders.AGE)
                .expectBody().jsonPath("$.call").isEqualTo(2);
        read(path).expectHeader().exists(HttpHeaders.AGE).expectBody().jsonPath("$.call").isEqualTo(2);
    }

    @Test
    void answersAHeadFromAKeptGet() {
        String path = cachePath("public");
        byte[] body = read(path).expectBody().returnResult().getResponseBody();

        client.head().uri(path).exchange().expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.AGE)
                .expectHeader().contentLength(body.length)
                .expectBody().isEmpty();
        assertThat(SERVICES.callsTo(path)).isEqualTo(1);
    }

    @Test
    void keepsNothingFromAHead() {
        String path = cachePath("public");
        client.head().uri(path).exchange().expectStatus().isOk();

        read(path).expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.AGE);
        assertThat(SERVICES.callsTo(path)).isEqualTo(2);
    }

    @Test
    void countsEachReadInTheMetricByHowTheCacheTookIt() {
        String path = cachePath("public");
        double hits = count("hit");
        double misses = count("miss");
        double bypasses = count("bypass");
        double notModified = count("not-modified");

        read(path);
        read(path);
        read(path, Map.of(HttpHeaders.IF_NONE_MATCH, CacheableAnswers.etag("public")));
        read(path, Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + customerToken()));

        assertThat(count("miss") - misses).isEqualTo(1);
        assertThat(count("hit") - hits).isEqualTo(1);
        assertThat(count("not-modified") - notModified).isEqualTo(1);
        assertThat(count("bypass") - bypasses).isEqualTo(1);
    }

    /** A public catalog read of its own, answered as {@code kind} says. */
    static String cachePath(String kind) {
        return unique("/api/v1/products/cache-" + kind);
    }

    private WebTestClient.ResponseSpec read(String path) {
        return read(path, Map.of());
    }

    private WebTestClient.ResponseSpec read(String path, Map<String, String> headers) {
        return client.get().uri(path).headers(request -> headers.forEach(request::set)).exchange();
    }

    private double count(String result) {
        return meters.counter(METRIC, "result", result).count();
    }
}
