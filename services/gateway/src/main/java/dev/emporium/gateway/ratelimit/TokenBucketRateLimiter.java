package dev.emporium.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway replica. When Redis cannot answer in time the request is let
 * through (fail open): losing rate limiting for a while is better than losing the whole API.
 */
public class TokenBucketRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(TokenBucketRateLimiter.class);
    private static final long WARNING_INTERVAL_MILLIS = Duration.ofSeconds(30).toMillis();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> SCRIPT = (RedisScript) RedisScript.of(
            new ClassPathResource("dev/emporium/gateway/ratelimit/token-bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration timeout;
    private final BucketClock clock;
    private final AtomicLong lastWarning = new AtomicLong();

    public TokenBucketRateLimiter(ReactiveStringRedisTemplate redis, String keyPrefix, Duration timeout) {
        this(redis, keyPrefix, timeout, BucketClock.REDIS);
    }

    public TokenBucketRateLimiter(ReactiveStringRedisTemplate redis, String keyPrefix, Duration timeout, BucketClock clock) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Takes one token from the client's bucket of the given policy. */
    public Mono<Decision> acquire(RateLimitProperties.Policy policy, String client) {
        return acquire(policy, client, 1);
    }

    /** Takes {@code cost} tokens from the client's bucket of the given policy, or none if it holds fewer. */
    public Mono<Decision> acquire(RateLimitProperties.Policy policy, String client, long cost) {
        List<String> keys = List.of(keyPrefix + policy.name() + ":" + client);
        List<String> args = List.of(Double.toString(policy.replenishRate()), Long.toString(policy.burstCapacity()),
                Long.toString(cost), clock.nowArgument());
        return redis.execute(SCRIPT, keys, args)
                .collect(ArrayList<Long>::new, List::addAll)
                .map(TokenBucketRateLimiter::decision)
                .timeout(timeout)
                .onErrorResume(failure -> {
                    warnFailingOpen(failure);
                    return Mono.just(Decision.ALLOWED_UNCHECKED);
                });
    }

    private static Decision decision(List<Long> reply) {
        if (reply.size() < 3) {
            throw new IllegalStateException("Unexpected rate limit script reply " + reply);
        }
        return new Decision(reply.get(0) == 1L, reply.get(1), Duration.ofMillis(reply.get(2)));
    }

    /** One warning per interval: an outage must be visible in the logs without flooding them. */
    private void warnFailingOpen(Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= WARNING_INTERVAL_MILLIS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limiting is off because Redis is not answering; letting requests through: {}",
                    failure.toString());
        }
    }

    /**
     * Where the buckets' time comes from: Redis' clock in production (one clock for every gateway replica), or a
     * given source of epoch milliseconds, so a test can move time instead of sleeping.
     */
    @FunctionalInterface
    public interface BucketClock {

        BucketClock REDIS = () -> "";

        /** The time as the script's last argument: epoch milliseconds, or empty for Redis' own clock. */
        String nowArgument();

        static BucketClock of(LongSupplier epochMillis) {
            return () -> Long.toString(epochMillis.getAsLong());
        }
    }

    /** Whether the request may pass, the tokens left, and how long to wait before retrying when it may not. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {

        static final Decision ALLOWED_UNCHECKED = new Decision(true, -1, Duration.ZERO);

        /** Whole seconds for {@code Retry-After}, rounded up so a client that obeys it is let in. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
