package dev.emporium.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The shared cache of public answers ({@code emporium.gateway.response-cache.*}): at most {@code max-size} in memory,
 * answers over {@code max-entry-size} passed on but never kept, and none kept longer than {@code max-freshness}
 * whatever the service allows. A request for an answer another request is fetching waits for that fetch at most
 * {@code wait-for-fetch} before it asks the service itself.
 */
@ConfigurationProperties("emporium.gateway.response-cache")
public record ResponseCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("256KB") DataSize maxEntrySize,
        @DefaultValue("60s") Duration maxFreshness,
        @DefaultValue("5s") Duration waitForFetch) {

    /** Far above any sensible entry; keeps a body within one array. */
    private static final DataSize LARGEST_ENTRY = DataSize.ofMegabytes(64);

    public ResponseCacheProperties {
        if (maxEntrySize.toBytes() < 1 || maxEntrySize.compareTo(LARGEST_ENTRY) > 0) {
            throw new IllegalArgumentException("The response cache's max-entry-size must be between 1B and " + LARGEST_ENTRY);
        }
        if (maxSize.compareTo(maxEntrySize) < 0) {
            throw new IllegalArgumentException("The response cache's max-size must hold at least one entry of max-entry-size");
        }
        if (waitForFetch.isNegative() || waitForFetch.isZero()) {
            throw new IllegalArgumentException("The response cache's wait-for-fetch must be positive");
        }
        if (maxFreshness.isNegative() || maxFreshness.isZero()) {
            throw new IllegalArgumentException("The response cache's max-freshness must be positive");
        }
    }
}
