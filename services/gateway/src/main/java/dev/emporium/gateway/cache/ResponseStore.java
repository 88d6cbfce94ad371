package dev.emporium.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.util.Optional;

/**
 * The kept answers, in memory: weighed in bytes (body, headers and key) up to a total, each dropped when its
 * freshness ends. Entries are immutable, so any number of requests may read one at once.
 */
final class ResponseStore {

    private final Cache<CacheKey, CachedAnswer> answers;

    ResponseStore(long maxBytes) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((CacheKey key, CachedAnswer answer) -> key.weight() + answer.weight())
                .expireAfter(Expiry.writing((CacheKey key, CachedAnswer answer) -> answer.freshness()))
                .build();
    }

    /** The answer kept for {@code key}, if it is still fresh. */
    Optional<CachedAnswer> fresh(CacheKey key) {
        // Caffeine's expiry is checked against its own clock; the entry's own check makes "fresh" exact here
        return Optional.ofNullable(answers.getIfPresent(key)).filter(answer -> answer.isFreshAt(System.nanoTime()));
    }

    void keep(CacheKey key, CachedAnswer answer) {
        answers.put(key, answer);
    }
}
