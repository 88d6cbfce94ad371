package dev.emporium.gateway.ratelimit;

import dev.emporium.gateway.clientaddress.ClientAddresses;
import dev.emporium.gateway.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Wires the Redis-backed rate limiting; {@code emporium.gateway.rate-limit.enabled=false} turns it off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "emporium.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    TokenBucketRateLimiter tokenBucketRateLimiter(ReactiveStringRedisTemplate redis, RateLimitProperties properties) {
        return new TokenBucketRateLimiter(redis, properties.keyPrefix(), properties.redisTimeout());
    }

    @Bean
    ClientKeyResolver clientKeyResolver(ClientAddresses addresses) {
        return new ClientKeyResolver(addresses);
    }

    @Bean
    RateLimitFilter rateLimitFilter(TokenBucketRateLimiter limiter, ClientKeyResolver clients,
            RateLimitProperties properties, ProblemWriter problems) {
        return new RateLimitFilter(limiter, clients, properties, problems);
    }

    @Bean
    InvalidTokenPenalty invalidTokenPenalty(TokenBucketRateLimiter limiter, ClientKeyResolver clients,
            RateLimitProperties properties, ProblemWriter problems) {
        return new InvalidTokenPenalty(limiter, clients, properties, problems);
    }
}
