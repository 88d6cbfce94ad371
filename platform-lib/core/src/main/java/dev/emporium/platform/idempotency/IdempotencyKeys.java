package dev.emporium.platform.idempotency;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a command safe to retry with an {@code Idempotency-Key}: the first request with a key executes and its answer
 * is stored in the same transaction as its effects; a retry with the same key and body gets that answer again; the
 * same key with another body is 422 {@code IDEMPOTENCY_KEY_REUSED}; a retry while the first is still executing is 409
 * {@code IDEMPOTENCY_KEY_IN_PROGRESS} (with {@code Retry-After}). If the command fails (an exception), nothing is
 * stored and the key may be retried. Keys are scoped per route and caller and expire after the retention.
 * <pre>{@code
 * return idempotency.execute(new IdempotentRequest("POST /api/v1/orders", caller.getName(), key, body),
 *         () -> ResponseEntity.created(location).body(orders.place(body)));
 * }</pre>
 */
public class IdempotencyKeys {

    static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyKeyStore store;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeys(IdempotencyKeyStore store, TransactionTemplate transaction, JsonMapper json,
            IdempotencyProperties properties, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs {@code command} once per key. The command's own transactions join the one opened here, so its effects and
     * the stored answer commit together: a crash before the commit leaves neither, after it both.
     */
    public ResponseEntity<?> execute(IdempotentRequest request, Supplier<? extends ResponseEntity<?>> command) {
        if (request.key() == null) {
            return command.get();
        }
        requireValid(request.key());
        String fingerprint = fingerprint(request);
        StoredResponse answer = transaction.execute(status -> {
            if (!store.tryLock(request)) {
                throw new ApiException(HttpStatus.CONFLICT, ProblemCodes.IDEMPOTENCY_KEY_IN_PROGRESS,
                        "A request with this Idempotency-Key is still being processed; retry shortly")
                        .withHeader("Retry-After", "1");
            }
            Timestamp now = Timestamp.from(clock.instant());
            IdempotencyKeyStore.Entry existing = store.find(request, now).orElse(null);
            if (existing != null) {
                if (!existing.fingerprint().equals(fingerprint)) {
                    throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was used for a different request; use a new key for a new request");
                }
                return existing.response();
            }
            StoredResponse fresh = StoredResponse.of(command.get(), json);
            store.save(request, fingerprint, fresh, now, properties.retention());
            return fresh;
        });
        return answer.toResponseEntity();
    }

    /** Deletes keys older than the retention; returns how many. */
    public int purgeExpired() {
        return store.purgeExpired(Timestamp.from(clock.instant()));
    }

    /** 1 to 255 visible ASCII characters (a UUID is a good key). */
    public static void requireValid(String key) {
        boolean valid = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (!valid) {
            throw ApiException.invalidField(HeaderNames.IDEMPOTENCY_KEY,
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    private String fingerprint(IdempotentRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(request.body()));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
