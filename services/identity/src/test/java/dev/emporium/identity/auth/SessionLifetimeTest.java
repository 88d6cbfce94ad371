package dev.emporium.identity.auth;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.identity.IdentityApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Sessions end at their absolute lifetime; spent tokens and idle throttle rows are purged after retention. */
@EmporiumServiceTest(properties = {
        "emporium.identity.admin.password=" + IdentityApi.ADMIN_PASSWORD,
        "emporium.identity.login-throttle.max-failures-per-client=1000" })
class SessionLifetimeTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ExpiredRecordsPurge purge;
    IdentityApi api;

    @BeforeEach
    void client() {
        api = new IdentityApi(port);
    }

    @Test
    void refusesARefreshAfterTheSessionsAbsoluteLifetime() {
        JsonNode session = api.newCustomerSession();
        String token = session.get("refreshToken").asString();
        startedAgo(token, Duration.ofDays(91));

        assertProblem(api.refresh(token), 401, "INVALID_REFRESH_TOKEN");
    }

    @Test
    void keepsTheSessionsStartAcrossRefreshes() {
        JsonNode session = api.newCustomerSession();
        startedAgo(session.get("refreshToken").asString(), Duration.ofDays(89));
        JsonNode refreshed = api.refresh(session.get("refreshToken").asString()).json();

        Instant expires = jdbc.sql("SELECT expires_at FROM refresh_token WHERE token_hash = :hash")
                .param("hash", RefreshTokens.hash(refreshed.get("refreshToken").asString()))
                .query(Timestamp.class).single().toInstant();

        // 30 days of token time would outlive the session's 90 days: the token ends with the session
        assertThat(expires).isBefore(Instant.now().plus(Duration.ofDays(2)));
    }

    @Test
    void purgesSpentTokensAfterTheirRetentionButKeepsRecentOnes() {
        JsonNode first = api.newCustomerSession();
        JsonNode second = api.refresh(first.get("refreshToken").asString()).json();
        JsonNode third = api.refresh(second.get("refreshToken").asString()).json();
        jdbc.sql("UPDATE refresh_token SET closed_at = now() - interval '8 days' WHERE token_hash = :hash")
                .param("hash", RefreshTokens.hash(first.get("refreshToken").asString())).update();

        purge.purge();

        assertThat(stored(first)).isZero();
        assertThat(stored(second)).isOne();
        assertThat(stored(third)).isOne();
        assertProblem(api.refresh(second.get("refreshToken").asString()), 401, "REFRESH_TOKEN_REUSED");
    }

    @Test
    void purgesIdleThrottleRowsButKeepsBlockingAndRecentOnes() {
        String prefix = "client:purge-" + System.nanoTime() + "-";
        throttleRow(prefix + "idle", "now() - interval '2 days'", null);
        throttleRow(prefix + "recent", "now() - interval '1 hour'", null);
        throttleRow(prefix + "blocking", "now() - interval '2 days'", "now() + interval '1 hour'");

        purge.purge();

        assertThat(jdbc.sql("SELECT throttle_key FROM login_throttle WHERE throttle_key LIKE :prefix ORDER BY 1")
                .param("prefix", prefix + "%").query(String.class).list())
                .containsExactly(prefix + "blocking", prefix + "recent");
    }

    @Test
    void replicasPurgingAtOnceShareTheWorkWithoutErrors() {
        String prefix = "client:bulk-" + System.nanoTime() + "-";
        jdbc.sql("""
                INSERT INTO login_throttle (throttle_key, attempts, max_attempts, window_started_at, updated_at)
                SELECT :prefix || n, 1, 5, now() - interval '2 days', now() - interval '2 days'
                FROM generate_series(1, 5000) AS n""").param("prefix", prefix).update();
        AtomicInteger runs = new AtomicInteger();

        LoginClients.inParallel(4, i -> {
            purge.purge();
            return runs.incrementAndGet();
        });

        assertThat(runs).hasValue(4);
        assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE throttle_key LIKE :prefix")
                .param("prefix", prefix + "%").query(Long.class).single()).isZero();
    }

    private void startedAgo(String refreshToken, Duration age) {
        jdbc.sql("UPDATE refresh_token SET family_started_at = now() - make_interval(secs => :seconds) WHERE token_hash = :hash")
                .param("seconds", age.toSeconds()).param("hash", RefreshTokens.hash(refreshToken)).update();
    }

    private long stored(JsonNode session) {
        return jdbc.sql("SELECT count(*) FROM refresh_token WHERE token_hash = :hash")
                .param("hash", RefreshTokens.hash(session.get("refreshToken").asString())).query(Long.class).single();
    }

    private void throttleRow(String key, String updatedAt, String blockedUntil) {
        jdbc.sql("INSERT INTO login_throttle (throttle_key, attempts, max_attempts, window_started_at, blocked_until, updated_at) "
                + "VALUES (:key, 5, 5, " + updatedAt + ", " + blockedUntil + ", " + updatedAt + ")")
                .param("key", key).update();
    }
}
