package dev.emporium.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.emporium.identity.IdentityProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys identity signs with, kept in its database so tokens survive restarts and every replica signs with
 * the same key. A rotation adds a PENDING key, published in the JWKS at once but signing only after
 * {@code publish-ahead}, so every verifier has it before the first token it signs; then it becomes ACTIVE and
 * the previous key RETIRED, still published until the last token it signed has expired. Rotations run under a
 * database lock and at most one key is pending, so replicas never rotate twice.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);
    /** Past an old key's last token: covers replicas' cached key snapshots and clock skew. */
    private static final Duration RETIREMENT_MARGIN = Duration.ofMinutes(5);

    private final SigningKeyStore store;
    private final SigningKeyProperties properties;
    private final Duration accessTokenTtl;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile Snapshot snapshot;

    @Autowired
    SigningKeys(SigningKeyStore store, SigningKeyProperties properties, IdentityProperties identity, Clock clock,
            TransactionTemplate transaction) {
        this(store, properties, identity.accessTokenTtl(), clock, transaction);
    }

    SigningKeys(SigningKeyStore store, SigningKeyProperties properties, Duration accessTokenTtl, Clock clock,
            TransactionTemplate transaction) {
        this.store = store;
        this.properties = properties;
        this.accessTokenTtl = accessTokenTtl;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** The key new tokens are signed with: the newest active key whose time has come (made on an empty database). */
    public RSAKey current() {
        Optional<RSAKey> signing = snapshot().signingAt(now());
        if (signing.isEmpty()) {
            ensureSigningKey();
            signing = reload().signingAt(now());
        }
        return signing.orElseThrow(() -> new IllegalStateException("No signing key is active"));
    }

    /** The public keys a token may be checked against: pending, active and retiring ones. */
    public JWKSet publicKeys() {
        return new JWKSet(snapshot().published().stream().<JWK>map(k -> k.key().toPublicJWK()).toList());
    }

    public JWKSet verificationKeys() {
        return new JWKSet(snapshot().published().stream().map(k -> (JWK) k.key()).toList());
    }

    /** Starts a rotation now, or returns the one already pending: the key that signs from {@code activatesAt}. */
    public Rotation rotate() {
        return rotate(false).orElseThrow();
    }

    /** Checked on schedule: takes over a pending key whose time has come, and rotates when the period is up. */
    @Scheduled(initialDelayString = "${emporium.identity.signing-key.check-interval:1m}",
            fixedDelayString = "${emporium.identity.signing-key.check-interval:1m}")
    public void rotateWhenDue() {
        Instant now = now();
        transaction.executeWithoutResult(status -> {
            store.lock();
            store.promoteDue(now, retireAfter());
        });
        if (store.inState(SigningKeyState.PENDING).isEmpty() && store.inState(SigningKeyState.ACTIVE)
                .map(active -> rotationDue(active, now)).orElse(false)) {
            rotate(true).ifPresent(rotation -> log.info("Scheduled signing key rotation: {} signs from {}",
                    rotation.kid(), rotation.activatesAt()));
        }
        snapshot = null;
    }

    public List<KeyInfo> list() {
        return store.all().stream()
                .map(k -> new KeyInfo(k.kid(), k.state(), k.createdAt(), k.activatesAt(), k.retiresAt())).toList();
    }

    @Schema(name = "SigningKey", description = "A signing key's state and dates (never its material).")
    public record KeyInfo(
            @Schema(description = "Key id, as in the `kid` header of the tokens it signs.", example = "6c2a4f18-93b7-4d0e-b5a1-0f7e2c9d4b66",
                    requiredMode = RequiredMode.REQUIRED) String kid,
            @Schema(description = "PENDING: published, not signing yet. ACTIVE: signs new tokens. RETIRED: signs no more, "
                    + "published until `retiresAt`.", example = "ACTIVE", requiredMode = RequiredMode.REQUIRED) SigningKeyState state,
            @Schema(description = "When the key was made.", example = "2026-11-23T10:00:00Z", requiredMode = RequiredMode.REQUIRED)
            Instant createdAt,
            @Schema(description = "When it signs (or signed) its first token.", example = "2026-11-23T10:15:00Z",
                    requiredMode = RequiredMode.REQUIRED) Instant activatesAt,
            @Schema(description = "For a RETIRED key, when it leaves the JWKS (its last token has expired); null before.",
                    example = "2026-12-23T10:35:00Z", types = {"string", "null"}, format = "date-time",
                    requiredMode = RequiredMode.REQUIRED) Instant retiresAt) {
    }

    @Schema(name = "SigningKeyRotation", description = "The next signing key.")
    public record Rotation(
            @Schema(description = "Its key id; in the JWKS from now on.", example = "0b9e3d57-1c4a-4f2e-8d6b-5a7c9e1f3b20",
                    requiredMode = RequiredMode.REQUIRED) String kid,
            @Schema(description = "When it starts signing tokens.", example = "2026-11-23T10:30:00Z",
                    requiredMode = RequiredMode.REQUIRED) Instant activatesAt) {
    }

    private Optional<Rotation> rotate(boolean onlyIfDue) {
        RSAKey candidate = newKey(); // generated before the transaction: no connection is held while it is made
        Optional<Rotation> rotation = transaction.execute(status -> {
            store.lock();
            Instant now = now();
            store.promoteDue(now, retireAfter());
            Optional<SigningKeyStore.StoredKey> pending = store.inState(SigningKeyState.PENDING);
            if (pending.isPresent()) {
                return onlyIfDue ? Optional.<Rotation>empty()
                        : Optional.of(new Rotation(pending.get().kid(), pending.get().activatesAt()));
            }
            Optional<SigningKeyStore.StoredKey> active = store.inState(SigningKeyState.ACTIVE);
            if (onlyIfDue && active.isPresent() && !rotationDue(active.get(), now)) {
                return Optional.<Rotation>empty();
            }
            Instant activatesAt = now.plus(properties.publishAhead());
            store.insert(candidate, SigningKeyState.PENDING, now, activatesAt);
            log.info("Signing key {} published; it signs from {}", candidate.getKeyID(), activatesAt);
            return Optional.of(new Rotation(candidate.getKeyID(), activatesAt));
        });
        snapshot = null;
        return rotation;
    }

    /** Due so that the next key signs when the active one has signed for the rotation period. */
    private boolean rotationDue(SigningKeyStore.StoredKey active, Instant now) {
        return !active.activatesAt().plus(properties.rotationPeriod()).minus(properties.publishAhead()).isAfter(now);
    }

    /** Whole microseconds, as PostgreSQL stores them: a key made "now" must be active "now" once read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Duration retireAfter() {
        return accessTokenTtl.plus(RETIREMENT_MARGIN);
    }

    private void ensureSigningKey() {
        RSAKey candidate = newKey();
        transaction.executeWithoutResult(status -> {
            store.lock();
            Instant now = now();
            store.promoteDue(now, retireAfter());
            if (store.inState(SigningKeyState.ACTIVE).isEmpty()) {
                // Nobody holds a token yet, so the first key need not be published ahead.
                store.insert(candidate, SigningKeyState.ACTIVE, now, now);
                log.info("Created signing key {}", candidate.getKeyID());
            }
        });
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private Snapshot snapshot() {
        Snapshot keys = snapshot;
        if (keys == null || !now().isBefore(keys.loadedAt().plus(CACHE_TTL))) {
            keys = reload();
        }
        return keys;
    }

    private Snapshot reload() {
        Instant now = now();
        Snapshot loaded = new Snapshot(store.published(now), now);
        snapshot = loaded;
        return loaded;
    }

    private record Snapshot(List<SigningKeyStore.StoredKey> published, Instant loadedAt) {

        /** Decided by time, not by the stored state, so replicas switch together even before the take-over is written. */
        Optional<RSAKey> signingAt(Instant now) {
            return published.stream()
                    .filter(k -> k.state() != SigningKeyState.RETIRED && !k.activatesAt().isAfter(now))
                    .max(Comparator.comparing(SigningKeyStore.StoredKey::activatesAt))
                    .map(SigningKeyStore.StoredKey::key);
        }
    }
}
