package dev.emporium.gateway.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * The fetches of cacheable answers in flight, at most one per key (collapsed forwarding, like nginx's
 * {@code proxy_cache_lock}). When a popular answer expires, the requests that arrive while it is being fetched again
 * wait for that one fetch and are answered from the cache, instead of each asking the service: a burst of identical
 * misses becomes one call.
 */
final class Fetches {

    private final ConcurrentHashMap<CacheKey, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final Duration maxWait;

    /** @param maxWait how long a request waits for another's fetch before it asks the service itself */
    Fetches(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /**
     * Runs {@code fetch} as the fetch of {@code key}, or, when another request is fetching it, waits for that fetch
     * to end (at most the max wait) and then runs {@code afterOthersFetch}.
     */
    Mono<Void> fetchOrWait(CacheKey key, Supplier<Mono<Void>> fetch, Supplier<Mono<Void>> afterOthersFetch) {
        return Mono.defer(() -> {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> running = inFlight.putIfAbsent(key, mine);
            if (running != null) {
                // suppressCancel: a waiting client that goes away must not end the fetch the others wait for
                return Mono.fromFuture(running, true)
                        .timeout(maxWait)
                        .onErrorResume(TimeoutException.class, slow -> Mono.empty())
                        .then(Mono.defer(afterOthersFetch));
            }
            // ends however the fetch ends (kept, not keepable, failed, cancelled), so nobody waits for nothing
            return Mono.defer(fetch).doFinally(signal -> {
                inFlight.remove(key, mine);
                mine.complete(null);
            });
        });
    }
}
