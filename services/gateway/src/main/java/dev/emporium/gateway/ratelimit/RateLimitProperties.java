package dev.emporium.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code emporium.gateway.rate-limit.*}): a token bucket per client, and a stricter one for
 * {@code /api/v1/auth/**}. Rates are tokens per second (fractions allowed), bursts the most a client can save up.
 * A request whose bearer token fails validation takes {@code invalid-token-cost} tokens from the client's default
 * bucket, so guessing or forging tokens is throttled harder than ordinary traffic.
 * Clients are JWT subjects when authenticated, else their address as {@code ClientAddresses} decides it.
 */
@ConfigurationProperties("emporium.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("emporium:ratelimit:") String keyPrefix,
        @DefaultValue("500ms") Duration redisTimeout,
        @DefaultValue("50") double replenishRate,
        @DefaultValue("100") long burstCapacity,
        @DefaultValue("5") double authReplenishRate,
        @DefaultValue("20") long authBurstCapacity,
        @DefaultValue("10") long invalidTokenCost) {

    public RateLimitProperties {
        if (replenishRate <= 0 || authReplenishRate <= 0 || burstCapacity < 1 || authBurstCapacity < 1) {
            throw new IllegalArgumentException("Rate limits need positive replenish rates and bursts of at least 1");
        }
        if (invalidTokenCost < 1) {
            throw new IllegalArgumentException("An invalid token must cost at least 1 token");
        }
    }

    public Policy standard() {
        return new Policy("standard", replenishRate, burstCapacity);
    }

    public Policy auth() {
        return new Policy("auth", authReplenishRate, authBurstCapacity);
    }

    /** A named bucket shape: tokens added per second, and the most a client may save up for a burst. */
    public record Policy(String name, double replenishRate, long burstCapacity) {
    }
}
