package dev.emporium.gateway.cache;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * What a kept answer is found by: the route, the request's raw path and query, and the request headers a public
 * answer may vary with ({@link CachePolicy#KEYED_VARY}; Accept-Encoding needs no place, encoded answers are never
 * kept). A header that is absent and one that is empty are different keys (null and "").
 */
record CacheKey(String route, String path, String query, String accept, String currency, String language) {

    /** Longer keys are not cached at all: nobody shares such an address, and it would only take room. */
    static final int MAX_LENGTH = 2048;

    static Optional<CacheKey> of(String route, ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        CacheKey key = new CacheKey(route, request.getURI().getRawPath(), request.getURI().getRawQuery(),
                joined(headers.get(HttpHeaders.ACCEPT)), joined(headers.get("Accept-Currency")),
                joined(headers.get(HttpHeaders.ACCEPT_LANGUAGE)));
        return key.length() > MAX_LENGTH ? Optional.empty() : Optional.of(key);
    }

    /** Roughly the bytes the key takes in memory (two per char, and the record itself). */
    int weight() {
        return 2 * (route.length() + length()) + 64;
    }

    private int length() {
        return length(path) + length(query) + length(accept) + length(currency) + length(language);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static String joined(List<String> lines) {
        return lines == null ? null : String.join(",", lines);
    }
}
