package dev.emporium.cardprovider;

import dev.emporium.payment.provider.IdempotencyKeyReusedException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a provider operation once per idempotency key. The key row is inserted first, in the operation's own
 * transaction: a concurrent call with the same key waits on that insert and then reads the stored answer, so the
 * work happens exactly once; a call that fails stores nothing and may be retried.
 */
final class ProviderIdempotency {

    record Stored(String operation, String requestHash, String response) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final String fingerprintKey;
    private final Clock clock;

    ProviderIdempotency(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, String fingerprintKey, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.fingerprintKey = fingerprintKey;
        this.clock = clock;
    }

    <T> T once(String operation, String key, String requestHash, Class<T> type, Supplier<T> work) {
        return transactions.execute(status -> {
            boolean first = jdbc.sql("""
                    INSERT INTO card_provider.idempotency_key (key, operation, request_hash, created_at)
                    VALUES (:key, :operation, :hash, :now) ON CONFLICT (key) DO NOTHING""")
                    .param("key", key).param("operation", operation).param("hash", requestHash)
                    .param("now", Timestamp.from(clock.instant())).update() == 1;
            if (!first) {
                Stored stored = jdbc.sql("SELECT operation, request_hash, response FROM card_provider.idempotency_key WHERE key = :key")
                        .param("key", key).query(Stored.class).single();
                if (!stored.operation().equals(operation) || !stored.requestHash().equals(requestHash)) {
                    throw new IdempotencyKeyReusedException(key);
                }
                return json.readValue(stored.response(), type);
            }
            T result = work.get();
            jdbc.sql("UPDATE card_provider.idempotency_key SET response = :response WHERE key = :key")
                    .param("response", json.writeValueAsString(result)).param("key", key).update();
            return result;
        });
    }

    /** A keyed hash: the same request gives the same value, and no one without the key can guess a card from it. */
    String fingerprint(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
