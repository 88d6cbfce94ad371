package dev.emporium.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.TestRedis;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

class TokenBucketRateLimiterTest {

    private static final RateLimitProperties.Policy ONE_PER_SECOND_BURST_THREE =
            new RateLimitProperties.Policy("test", 1, 3);

    private LettuceConnectionFactory connections;

    @AfterEach
    void closeConnections() {
        connections.destroy();
    }

    @Test
    void allowsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        TokenBucketRateLimiter limiter = limiter(TestRedis.port());
        String client = "ip:" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block().allowed()).isTrue();
        }
        TokenBucketRateLimiter.Decision refused = limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsAtTheReplenishRate() {
        AtomicLong now = new AtomicLong(1_000_000_000_000L);
        TokenBucketRateLimiter limiter = limiter(TestRedis.port(), TokenBucketRateLimiter.BucketClock.of(now::get));
        String client = "ip:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block();
        }

        now.addAndGet(999);
        boolean allowedJustBeforeTheNextToken = limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block().allowed();
        now.addAndGet(1);
        boolean allowedOnceItHasRefilled = limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block().allowed();
        boolean allowedRightAfter = limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block().allowed();

        assertThat(allowedJustBeforeTheNextToken).isFalse();
        assertThat(allowedOnceItHasRefilled).isTrue();
        assertThat(allowedRightAfter).isFalse();
    }

    @Test
    void refillsNoFurtherThanTheBurstCapacity() {
        AtomicLong now = new AtomicLong(1_000_000_000_000L);
        TokenBucketRateLimiter limiter = limiter(TestRedis.port(), TokenBucketRateLimiter.BucketClock.of(now::get));
        String client = "ip:" + UUID.randomUUID();
        limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block();

        now.addAndGet(60_000);
        long allowed = java.util.stream.IntStream.range(0, 5)
                .filter(i -> limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block().allowed()).count();

        assertThat(allowed).isEqualTo(3);
    }

    @Test
    void letsRequestsThroughWhenRedisIsUnreachable() {
        TokenBucketRateLimiter limiter = limiter(unusedPort());

        TokenBucketRateLimiter.Decision decision = limiter.acquire(ONE_PER_SECOND_BURST_THREE, "ip:1.2.3.4").block();

        assertThat(decision.allowed()).isTrue();
    }

    private TokenBucketRateLimiter limiter(int redisPort) {
        return limiter(redisPort, TokenBucketRateLimiter.BucketClock.REDIS);
    }

    private TokenBucketRateLimiter limiter(int redisPort, TokenBucketRateLimiter.BucketClock clock) {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(TestRedis.host(), redisPort));
        connections.afterPropertiesSet();
        connections.start();
        return new TokenBucketRateLimiter(new ReactiveStringRedisTemplate(connections), TestRedis.uniqueKeyPrefix(),
                Duration.ofMillis(500), clock);
    }

    private static int unusedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
