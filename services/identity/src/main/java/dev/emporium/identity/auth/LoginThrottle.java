package dev.emporium.identity.auth;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.platform.web.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures in a window, an account (and, with a higher limit, a
 * client address) is blocked for a while: even the right password then gets 429 with Retry-After. Kept in
 * PostgreSQL so every identity replica sees the same counts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final IdentityProperties.LoginThrottle settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.loginThrottle();
        this.clock = clock;
    }

    void checkAllowed(String account, String client) {
        Instant now = Instant.now(clock);
        Instant blockedUntil = jdbc.sql("""
                SELECT max(blocked_until) FROM login_throttle WHERE throttle_key IN (:keys) AND blocked_until > :now""")
                .param("keys", java.util.List.of(accountKey(account), clientKey(client)))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        if (blockedUntil != null) {
            long retryAfter = Math.max(1, Duration.between(now, blockedUntil).toSeconds() + 1);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_LOGIN_ATTEMPTS",
                    "Too many failed logins; try again later", Map.of("retryAfterSeconds", retryAfter))
                    .withHeader("Retry-After", Long.toString(retryAfter));
        }
    }

    /** Counts a failure; runs in its own transaction so the count survives the failed login's rollback. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String account, String client) {
        record(accountKey(account), settings.maxFailuresPerAccount());
        record(clientKey(client), settings.maxFailuresPerClient());
    }

    void recordSuccess(String account) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", accountKey(account)).update();
    }

    private void record(String key, int maxFailures) {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                INSERT INTO login_throttle AS t (throttle_key, failures, window_started_at) VALUES (:key, 1, :now)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN t.window_started_at < :windowStart THEN 1 ELSE t.failures + 1 END,
                    window_started_at = CASE WHEN t.window_started_at < :windowStart THEN :now ELSE t.window_started_at END""")
                .param("key", key).param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(settings.window())))
                .update();
        jdbc.sql("UPDATE login_throttle SET blocked_until = :until, failures = 0, window_started_at = :now WHERE throttle_key = :key AND failures >= :max")
                .param("until", Timestamp.from(now.plus(settings.block()))).param("now", Timestamp.from(now))
                .param("key", key).param("max", maxFailures).update();
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
