package dev.emporium.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.testsupport.TestHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Drives the search API the way the storefront does (no token: search is public). */
public final class SearchApi {

    /** How long a product may take to show up when the indexer has just started (topic lookup, first fetch). */
    public static final Duration FIRST_INDEXING = Duration.ofSeconds(30);

    public final TestHttp http;

    public SearchApi(int port) {
        this.http = new TestHttp("http://127.0.0.1:" + port);
    }

    public TestHttp.Response get(String pathAndQuery, String... headers) {
        return http.get(pathAndQuery, headers);
    }

    /** GET /api/v1/search?{query}, asserting 200. */
    public JsonNode search(String query, String... headers) {
        TestHttp.Response response = http.get("/api/v1/search?" + query, headers);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Waits until the search answers exactly this many items, then returns the answer. */
    public JsonNode awaitTotal(String query, int total) {
        return awaitTotal(query, total, FIRST_INDEXING);
    }

    public JsonNode awaitTotal(String query, int total, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(50))
                .until(() -> search(query).get("totalItems").asInt() == total);
        return search(query);
    }

    /** Waits until the search answers exactly these product names (in any order), then returns the answer. */
    public JsonNode awaitNames(String query, String... names) {
        await().atMost(FIRST_INDEXING).pollInterval(Duration.ofMillis(50))
                .until(() -> names(search(query)).stream().sorted().toList().equals(Stream.of(names).sorted().toList()));
        return search(query);
    }

    public static List<String> names(JsonNode result) {
        return result.get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
