package dev.emporium.identity.auth;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.web.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking out anyone else (policy in the service README). Every attempt is
 * counted before its password is checked, by one statement that also decides whether it may go on, so parallel
 * guesses can never check more passwords than the limits allow, and a guess that ends in an error stays counted.
 * Counts live in PostgreSQL, shared by all replicas; no transaction is held across the statements.
 *
 * <p>A burst from one client queues in this JVM, not in the connection pool: all its attempts update the same row,
 * so in the database they would wait on that row's lock one after the other, each holding a pooled connection, and
 * fifty parallel guesses from one address would take every connection the other users' logins need. Here at most one
 * attempt per client (per stripe) holds a connection at a time; one that waits too long gets 429.
 */
@Component
class LoginThrottle {

    private static final int MAX_DOUBLINGS = 20;
    private static final int STRIPES = 64;
    private static final long MAX_QUEUE_WAIT_SECONDS = 3;

    /**
     * The decision for one attempt.
     *
     * @param blockedFor zero when the attempt may check a password, else how long the client must wait
     * @param delay how long to hold the attempt back first (its account is under attack)
     * @param counted the keys this attempt was counted against, to refund if no password check failed
     */
    record Admission(Duration blockedFor, Duration delay, List<String> counted, String accountClientKey) {

        boolean allowed() {
            return blockedFor.isZero();
        }
    }

    private record Row(String key, int accountFailures, Instant blockedUntil) {
    }

    private final JdbcClient jdbc;
    private final IdentityProperties.LoginThrottle settings;
    private final Clock clock;
    private final ReentrantLock[] clientQueues = new ReentrantLock[STRIPES];

    LoginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.loginThrottle();
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            clientQueues[i] = new ReentrantLock();
        }
    }

    /**
     * Counts the attempt against the client and the account-and-client pair; decides atomically. A refused attempt
     * is not counted (nothing of it stays in the rows).
     *
     * @throws ApiException 429 when the client's earlier attempts keep it waiting too long
     */
    Admission admit(String account, String client) {
        ReentrantLock queue = clientQueues[Math.floorMod(client.hashCode(), STRIPES)];
        try {
            if (!queue.tryLock(MAX_QUEUE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw tooManyAttempts(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to count a login", e);
        }
        try {
            Admission admission = count(account, client);
            if (!admission.allowed()) {
                refund(admission.counted());
            }
            return admission;
        } finally {
            queue.unlock();
        }
    }

    private Admission count(String account, String client) {
        Instant now = Instant.now(clock);
        String clientKey = "client:" + client;
        String pairKey = "account-client:" + account + "|" + client;
        // Rows are locked in the order of the VALUES list, the same for every attempt, so attempts cannot deadlock.
        // The account's failures are read from the snapshot (no lock): clients of one account never queue.
        List<Row> rows = jdbc.sql("""
                WITH counted AS (
                    INSERT INTO login_throttle AS t (throttle_key, account, attempts, max_attempts, window_started_at, updated_at)
                    VALUES (:client, NULL, 1, :clientMax, :now, :now), (:pair, :account, 1, :pairMax, :now, :now)
                    ON CONFLICT (throttle_key) DO UPDATE SET
                        attempts = CASE
                            WHEN t.blocked_until > :now THEN t.attempts
                            WHEN t.window_started_at <= :windowStart OR t.blocked_until IS NOT NULL THEN 1
                            ELSE t.attempts + 1 END,
                        window_started_at = CASE
                            WHEN t.blocked_until > :now THEN t.window_started_at
                            WHEN t.window_started_at <= :windowStart OR t.blocked_until IS NOT NULL THEN :now
                            ELSE t.window_started_at END,
                        blocked_until = CASE
                            WHEN t.blocked_until > :now THEN t.blocked_until
                            WHEN t.window_started_at > :windowStart AND t.blocked_until IS NULL
                                 AND t.attempts + 1 > excluded.max_attempts THEN :blockedUntil
                            ELSE NULL END,
                        max_attempts = excluded.max_attempts,
                        updated_at = :now
                    RETURNING throttle_key, attempts, blocked_until),
                account AS (
                    SELECT coalesce(sum(attempts), 0) AS failures FROM login_throttle
                    WHERE account = :account AND window_started_at > :windowStart)
                SELECT counted.*, account.failures FROM counted CROSS JOIN account""")
                .param("client", clientKey).param("clientMax", settings.maxFailuresPerClient())
                .param("pair", pairKey).param("pairMax", settings.maxFailuresPerAccountAndClient())
                .param("account", account)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(settings.window())))
                .param("blockedUntil", Timestamp.from(now.plus(settings.block())))
                .query((rs, n) -> new Row(rs.getString("throttle_key"), rs.getInt("failures"),
                        rs.getTimestamp("blocked_until") == null ? null : rs.getTimestamp("blocked_until").toInstant()))
                .list();
        Instant blockedUntil = rows.stream().map(Row::blockedUntil).filter(until -> until != null && until.isAfter(now))
                .max(Instant::compareTo).orElse(null);
        List<String> counted = rows.stream().filter(row -> row.blockedUntil() == null).map(Row::key).toList();
        int accountFailures = rows.isEmpty() ? 0 : rows.getFirst().accountFailures();
        Duration blockedFor = blockedUntil == null ? Duration.ZERO : Duration.between(now, blockedUntil);
        return new Admission(blockedFor, delayAfter(accountFailures), counted, pairKey);
    }

    /** An attempt that checked no password (refused, or the hashing queue was full) does not count. */
    void refund(Admission admission) {
        refund(admission.counted());
    }

    /**
     * The right password: this client's failures on the account are forgotten and the attempt is refunded. The client
     * row is touched before the pair's, in the order {@link #admit} locks them, so the two cannot deadlock.
     */
    void recordSuccess(Admission admission) {
        refund(admission.counted().stream().filter(key -> !key.equals(admission.accountClientKey())).toList());
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", admission.accountClientKey()).update();
    }

    /** One row per statement, in the order they were counted (the order {@link #admit} locks them). */
    private void refund(List<String> keys) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (String key : keys) {
            jdbc.sql("""
                    UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0), updated_at = :now
                    WHERE throttle_key = :key AND blocked_until IS NULL""")
                    .param("key", key).param("now", now).update();
        }
    }

    /** Removes rows nobody touched within the retention period (and not blocking); a batch per statement. */
    int purge(int batchSize) {
        Instant now = Instant.now(clock);
        Duration retention = max(settings.retention(), max(settings.window(), settings.block()));
        return jdbc.sql("""
                DELETE FROM login_throttle WHERE throttle_key IN (
                    SELECT throttle_key FROM login_throttle
                    WHERE updated_at < :before AND (blocked_until IS NULL OR blocked_until < :now)
                    LIMIT :batch FOR UPDATE SKIP LOCKED)""")
                .param("before", Timestamp.from(now.minus(retention))).param("now", Timestamp.from(now))
                .param("batch", batchSize).update();
    }

    static ApiException tooManyAttempts(Duration blockedFor) {
        long retryAfter = Math.max(1, blockedFor.toSeconds() + 1);
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_LOGIN_ATTEMPTS",
                "Too many failed logins; try again later", Map.of("retryAfterSeconds", retryAfter))
                .withHeader(HeaderNames.RETRY_AFTER, Long.toString(retryAfter));
    }

    /** Zero up to the threshold, then the base delay doubling with every failure, capped. */
    private Duration delayAfter(int accountFailures) {
        int over = accountFailures - settings.delayAfterAccountFailures();
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration delay = settings.baseDelay().multipliedBy(1L << Math.min(over, MAX_DOUBLINGS));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
