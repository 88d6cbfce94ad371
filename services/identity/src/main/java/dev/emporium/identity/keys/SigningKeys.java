package dev.emporium.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.emporium.identity.IdentityProperties;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys identity signs with, kept in its database so tokens survive restarts and every replica signs
 * with the same key. Rotation adds a new signing key and keeps the old one published in the JWKS until the
 * last token it signed has expired.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final long KEY_LOCK_ID = 0x69646b657973L; // "idkeys"
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile Snapshot snapshot;

    SigningKeys(JdbcClient jdbc, IdentityProperties properties, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** The key new tokens are signed with (made on first use of an empty database). */
    public RSAKey current() {
        Snapshot keys = snapshot();
        if (keys.signing() == null) {
            ensureSigningKey();
            keys = reload();
        }
        return keys.signing();
    }

    /** The public keys a token may be checked against: the signing key and retiring ones. */
    public JWKSet publicKeys() {
        return new JWKSet(snapshot().published().stream().map(JWK::toPublicJWK).toList());
    }

    public JWKSet verificationKeys() {
        return new JWKSet(snapshot().published().stream().map(k -> (JWK) k).toList());
    }

    /** Puts a new signing key in place; the previous one stays verifiable until access tokens it signed expire. */
    public String rotate() {
        String kid = transaction.execute(status -> rotateInTransaction());
        snapshot = null;
        return kid;
    }

    private String rotateInTransaction() {
        lock();
        Instant now = Instant.now(clock);
        Instant retiresAt = now.plus(properties.accessTokenTtl()).plus(Duration.ofMinutes(5));
        jdbc.sql("UPDATE signing_key SET retires_at = :retiresAt WHERE retires_at IS NULL")
                .param("retiresAt", Timestamp.from(retiresAt)).update();
        String kid = insertNewKey(now);
        log.info("Signing key rotated: new key {}, previous keys retire at {}", kid, retiresAt);
        return kid;
    }

    /** Rotates on schedule (checked hourly), so no key signs for longer than the rotation period. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    public void rotateWhenDue() {
        Snapshot keys = reload();
        if (keys.signingCreatedAt() != null
                && keys.signingCreatedAt().plus(properties.signingKey().rotationPeriod()).isBefore(Instant.now(clock))) {
            rotate();
        }
    }

    public List<KeyInfo> list() {
        return jdbc.sql("SELECT kid, created_at, retires_at FROM signing_key ORDER BY created_at DESC")
                .query((rs, n) -> new KeyInfo(rs.getString("kid"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("retires_at") == null ? null : rs.getTimestamp("retires_at").toInstant()))
                .list();
    }

    public record KeyInfo(String kid, Instant createdAt, Instant retiresAt) {
    }

    private void ensureSigningKey() {
        transaction.executeWithoutResult(status -> {
            lock();
            Integer active = jdbc.sql("SELECT count(*) FROM signing_key WHERE retires_at IS NULL").query(Integer.class).single();
            if (active == 0) {
                log.info("Created signing key {}", insertNewKey(Instant.now(clock)));
            }
        });
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:id)").param("id", KEY_LOCK_ID).query(Object.class).single();
    }

    private String insertNewKey(Instant now) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            jdbc.sql("INSERT INTO signing_key (kid, private_key, public_key, created_at) VALUES (:kid, :priv, :pub, :at)")
                    .param("kid", key.getKeyID())
                    .param("priv", Base64.getEncoder().encodeToString(key.toRSAPrivateKey().getEncoded()))
                    .param("pub", Base64.getEncoder().encodeToString(key.toRSAPublicKey().getEncoded()))
                    .param("at", Timestamp.from(now))
                    .update();
            return key.getKeyID();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private Snapshot snapshot() {
        Snapshot keys = snapshot;
        if (keys == null || keys.loadedAt().plus(CACHE_TTL).isBefore(Instant.now(clock))) {
            keys = reload();
        }
        return keys;
    }

    private Snapshot reload() {
        List<StoredKey> stored = jdbc.sql("""
                SELECT kid, private_key, public_key, created_at, retires_at FROM signing_key
                WHERE retires_at IS NULL OR retires_at > now() ORDER BY created_at DESC""")
                .query((rs, n) -> new StoredKey(rs.getString("kid"), rs.getString("private_key"), rs.getString("public_key"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("retires_at") != null))
                .list();
        List<RSAKey> published = stored.stream().map(StoredKey::toJwk).toList();
        StoredKey signing = stored.stream().filter(k -> !k.retiring()).findFirst().orElse(null);
        Snapshot loaded = new Snapshot(signing == null ? null : signing.toJwk(), signing == null ? null : signing.createdAt(),
                published, Instant.now(clock));
        snapshot = loaded;
        return loaded;
    }

    private record Snapshot(RSAKey signing, Instant signingCreatedAt, List<RSAKey> published, Instant loadedAt) {
    }

    private record StoredKey(String kid, String privateKey, String publicKey, Instant createdAt, boolean retiring) {
        RSAKey toJwk() {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
                RSAPrivateKey priv = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
                return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).build();
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                throw new IllegalStateException("Stored signing key " + kid + " is unreadable", e);
            }
        }
    }
}
