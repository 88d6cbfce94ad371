package dev.emporium.platform.idempotency;

import dev.emporium.platform.runtime.BatchedDeletes;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code platform.idempotency_key} table. Every method runs in the caller's transaction. */
class IdempotencyKeyStore {

    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() { };
    private static final int PURGE_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdempotencyKeyStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Entry(String fingerprint, StoredResponse response) {
    }

    /**
     * Takes the key's lock for the rest of the transaction, without waiting: false while another transaction (on any
     * replica) is executing the same key. The lock id is a 64-bit hash; a collision only makes a retry wait.
     */
    boolean tryLock(IdempotentRequest request) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
                .param("lock", request.scope() + "\n" + request.caller() + "\n" + request.key())
                .query(Boolean.class).single());
    }

    Optional<Entry> find(IdempotentRequest request, Timestamp now) {
        return jdbc.sql("""
                SELECT fingerprint, status, headers, body FROM platform.idempotency_key
                WHERE scope = :scope AND caller = :caller AND idem_key = :key AND expires_at > :now""")
                .param("scope", request.scope()).param("caller", request.caller()).param("key", request.key())
                .param("now", now)
                .query((rs, row) -> new Entry(rs.getString("fingerprint"), new StoredResponse(rs.getInt("status"),
                        json.readValue(rs.getString("headers"), HEADERS), rs.getBytes("body"))))
                .optional();
    }

    /** Stores the answer; an expired entry of the same key (not purged yet) is replaced. */
    void save(IdempotentRequest request, String fingerprint, StoredResponse response, Timestamp now, Duration retention) {
        jdbc.sql("""
                INSERT INTO platform.idempotency_key (scope, caller, idem_key, fingerprint, status, headers, body, created_at, expires_at)
                VALUES (:scope, :caller, :key, :fingerprint, :status, :headers, :body, :now, :expires)
                ON CONFLICT (scope, caller, idem_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, status = EXCLUDED.status,
                    headers = EXCLUDED.headers, body = EXCLUDED.body, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at""")
                .param("scope", request.scope()).param("caller", request.caller()).param("key", request.key())
                .param("fingerprint", fingerprint).param("status", response.status())
                .param("headers", json.writeValueAsString(response.headers())).param("body", response.body())
                .param("now", now).param("expires", Timestamp.from(now.toInstant().plus(retention)))
                .update();
    }

    /** Deletes expired entries in small batches, each its own statement (no long lock on the table); returns how many. */
    int purgeExpired(Timestamp now) {
        return BatchedDeletes.repeat(PURGE_BATCH, Integer.MAX_VALUE, () -> jdbc.sql("""
                DELETE FROM platform.idempotency_key WHERE ctid IN (
                    SELECT ctid FROM platform.idempotency_key WHERE expires_at <= :now LIMIT :batch FOR UPDATE SKIP LOCKED)""")
                .param("now", now).param("batch", PURGE_BATCH).update());
    }
}
