package dev.emporium.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.TestRedis;
import java.time.Duration;
import java.util.UUID;
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
    void refillsAtTheReplenishRate() throws InterruptedException {
        TokenBucketRateLimiter limiter = limiter(TestRedis.port());
        String client = "ip:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block();
        }

        Thread.sleep(1100);

        assertThat(limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block().allowed()).isTrue();
        assertThat(limiter.acquire(ONE_PER_SECOND_BURST_THREE, client).block().allowed()).isFalse();
    }

    @Test
    void letsRequestsThroughWhenRedisIsUnreachable() {
        TokenBucketRateLimiter limiter = limiter(unusedPort());

        TokenBucketRateLimiter.Decision decision = limiter.acquire(ONE_PER_SECOND_BURST_THREE, "ip:1.2.3.4").block();

        assertThat(decision.allowed()).isTrue();
    }

    private TokenBucketRateLimiter limiter(int redisPort) {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(TestRedis.host(), redisPort));
        connections.afterPropertiesSet();
        connections.start();
        return new TokenBucketRateLimiter(new ReactiveStringRedisTemplate(connections), TestRedis.uniqueKeyPrefix(),
                Duration.ofMillis(500));
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
