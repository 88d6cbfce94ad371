package dev.emporium.gateway.cache;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * A kept answer: its status, the headers that describe its body ({@link #KEPT_HEADERS}; never the gateway's own
 * or anything about the caller), the body, when it was stored ({@link System#nanoTime()}) and how long it is fresh.
 */
record CachedAnswer(int status, HttpHeaders headers, byte[] body, long storedAt, Duration freshness) {

    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG, HttpHeaders.VARY, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LANGUAGE);

    CachedAnswer {
        headers = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    /** The {@link #KEPT_HEADERS} of {@code answer}, copied. */
    static HttpHeaders keptHeaders(HttpHeaders answer) {
        HttpHeaders kept = new HttpHeaders();
        KEPT_HEADERS.forEach(name -> {
            List<String> values = answer.get(name);
            if (values != null) {
                kept.put(name, List.copyOf(values));
            }
        });
        return kept;
    }

    boolean isFreshAt(long now) {
        return now - storedAt < freshness.toNanos();
    }

    /** Whole seconds since it was stored: the {@code Age} header of an answer from the cache. */
    long ageSeconds(long now) {
        return Math.max(0, (now - storedAt) / 1_000_000_000L);
    }

    /** Roughly the bytes it takes in memory. */
    int weight() {
        int headerChars = headers.headerSet().stream()
                .mapToInt(entry -> entry.getKey().length() + entry.getValue().stream().mapToInt(String::length).sum())
                .sum();
        return body.length + 2 * headerChars + 128;
    }
}
