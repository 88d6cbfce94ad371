package dev.emporium.gateway.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * Whether the gateway, as a shared cache, may keep a service's answer and for how long (RFC 9111, 3 and 4.2.1), and
 * whether a client asked for a fresh answer. Only what the service said counts: an answer says nothing, says it is
 * {@code private}, or is unreadable, and it is not kept.
 */
final class CachePolicy {

    /** The request headers a kept answer may vary with: all of them are part of {@link CacheKey}. */
    static final Set<String> KEYED_VARY = Set.of("accept", "accept-encoding", "accept-currency", "accept-language");

    private final Duration maxFreshness;

    CachePolicy(Duration maxFreshness) {
        this.maxFreshness = maxFreshness;
    }

    /** How long the answer may be served from the cache; empty when it must not be kept at all. */
    Optional<Duration> freshness(int status, HttpHeaders answer) {
        if (status != 200 || answer.containsHeader(HttpHeaders.SET_COOKIE) || !varyIsKeyed(answer)
                || isEncoded(answer)) {
            return Optional.empty();
        }
        Optional<CacheControl> parsed = CacheControl.parse(lines(answer, HttpHeaders.CACHE_CONTROL));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        CacheControl directives = parsed.get();
        if (directives.has("private") || directives.has("no-store") || directives.has("no-cache")) {
            return Optional.empty();
        }
        OptionalLong shared = directives.seconds("s-maxage");
        OptionalLong seconds = shared.isPresent() ? shared : directives.seconds("max-age");
        if (seconds.isEmpty() || seconds.getAsLong() == 0) {
            return Optional.empty();
        }
        Duration stated = Duration.ofSeconds(seconds.getAsLong());
        return Optional.of(stated.compareTo(maxFreshness) > 0 ? maxFreshness : stated);
    }

    /**
     * The client wants the service's own answer now ({@code Cache-Control: no-cache} or {@code max-age=0},
     * {@code Pragma: no-cache}); the fresh answer may still be kept. An unreadable {@code Cache-Control} counts too.
     */
    static boolean refreshRequested(HttpHeaders request) {
        List<String> pragma = lines(request, HttpHeaders.PRAGMA);
        if (pragma.stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).contains("no-cache"))) {
            return true;
        }
        Optional<CacheControl> directives = CacheControl.parse(lines(request, HttpHeaders.CACHE_CONTROL));
        return directives.isEmpty() || directives.get().has("no-cache")
                || directives.get().seconds("max-age").orElse(1) == 0;
    }

    /** The client forbids keeping anything of this exchange ({@code Cache-Control: no-store}). */
    static boolean storingForbidden(HttpHeaders request) {
        return CacheControl.parse(lines(request, HttpHeaders.CACHE_CONTROL))
                .map(directives -> directives.has("no-store")).orElse(false);
    }

    /** Vary names only headers the key already holds; {@code *} (varies with anything) never is. */
    private static boolean varyIsKeyed(HttpHeaders answer) {
        return tokens(lines(answer, HttpHeaders.VARY)).stream()
                .allMatch(name -> KEYED_VARY.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** A compressed body would need Content-Encoding kept and Accept-Encoding matched; neither is. */
    private static boolean isEncoded(HttpHeaders answer) {
        return tokens(lines(answer, HttpHeaders.CONTENT_ENCODING)).stream()
                .anyMatch(coding -> !coding.equalsIgnoreCase("identity"));
    }

    /** The comma-separated elements of header lines, trimmed, empty ones left out. */
    static List<String> tokens(List<String> lines) {
        return lines.stream()
                .flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::trim)
                .filter(token -> !token.isEmpty())
                .toList();
    }

    private static List<String> lines(HttpHeaders headers, String name) {
        List<String> lines = headers.get(name);
        return lines == null ? List.of() : lines;
    }
}
