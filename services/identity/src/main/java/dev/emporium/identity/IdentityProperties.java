package dev.emporium.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.identity.*}. A session (refresh-token family) ends {@code refreshTokenFamilyLifetime} after its
 * login however often it is refreshed; spent and revoked refresh tokens are kept {@code spentRefreshTokenRetention}
 * to recognise a replay, then purged.
 */
@ConfigurationProperties("emporium.identity")
public record IdentityProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("90d") Duration refreshTokenFamilyLifetime,
        @DefaultValue("7d") Duration spentRefreshTokenRetention,
        @DefaultValue SigningKey signingKey,
        @DefaultValue LoginThrottle loginThrottle,
        @DefaultValue PasswordHashing passwordHashing,
        @DefaultValue Admin admin) {

    /** @param rotationPeriod a signing key older than this is replaced by a new one */
    public record SigningKey(@DefaultValue("30d") Duration rotationPeriod) {
    }

    /**
     * See the service README for the policy.
     *
     * @param maxFailuresPerAccountAndClient password checks one client may fail on one account per window
     * @param maxFailuresPerClient password checks one client may fail across all accounts per window
     * @param delayAfterAccountFailures failures of an account (from any client) before its logins slow down
     * @param baseDelay the first delay; it doubles with every further failure of the account
     * @param maxDelay the longest a login of an account under attack is held back
     * @param retention rows untouched for this long (and not blocking) are purged
     */
    public record LoginThrottle(@DefaultValue("5") int maxFailuresPerAccountAndClient,
            @DefaultValue("30") int maxFailuresPerClient, @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration block, @DefaultValue("10") int delayAfterAccountFailures,
            @DefaultValue("250ms") Duration baseDelay, @DefaultValue("4s") Duration maxDelay,
            @DefaultValue("1d") Duration retention) {
    }

    /**
     * Argon2 runs on a few platform threads of its own, so a burst of logins cannot take every core from the rest
     * of the service (request threads are virtual and share the cores with it).
     *
     * @param threads hashing threads; 0 means half the cores, at least one
     * @param queueCapacity hashes that may wait; beyond that a login is refused with 429 and checks nothing
     * @param maxQueueWait how long a hash may wait for a thread; past it the caller gets 429 and nothing is checked,
     *     so a slow machine answers a burst within bounded time instead of leaving clients to time out
     */
    public record PasswordHashing(@DefaultValue("0") int threads, @DefaultValue("256") int queueCapacity,
            @DefaultValue("10s") Duration maxQueueWait) {
    }

    /** The first admin, created at start if absent; production refuses to start without a password. */
    public record Admin(@DefaultValue("admin@emporium.local") String email, String password) {
    }
}
