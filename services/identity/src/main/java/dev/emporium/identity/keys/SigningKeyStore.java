package dev.emporium.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code signing_key} table. Private keys are sealed with {@link KeyEncryption} before they are written; at
 * start, rows written before encryption existed are sealed in place (idempotent, safe with several replicas).
 */
@Component
class SigningKeyStore implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);
    private static final long KEY_LOCK_ID = 0x69646b657973L; // "idkeys"

    private final JdbcClient jdbc;
    private final KeyEncryption encryption;

    SigningKeyStore(JdbcClient jdbc, @Value("${emporium.identity.key-encryption-key:}") String keyEncryptionKey,
            Environment environment) {
        this.jdbc = jdbc;
        this.encryption = KeyEncryption.of(keyEncryptionKey);
        if (!encryption.enabled()) {
            if (environment.matchesProfiles("prod")) {
                throw new IllegalStateException("EMPORIUM_IDENTITY_KEY_ENCRYPTION_KEY (emporium.identity.key-encryption-key,"
                        + " 32 random bytes in base64) must be set in production");
            }
            log.warn("No emporium.identity.key-encryption-key: signing keys are stored UNENCRYPTED (local development only)");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealPlaintextKeys();
        if (sealed > 0) {
            log.info("Encrypted {} signing key(s) stored before key encryption was configured", sealed);
        }
    }

    /** Serializes key creation, rotation and take-over across replicas until the transaction ends. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:id)").param("id", KEY_LOCK_ID).query(Object.class).single();
    }

    void insert(RSAKey key, SigningKeyState state, Instant createdAt, Instant activatesAt) {
        try {
            jdbc.sql("""
                    INSERT INTO signing_key (kid, private_key, public_key, state, created_at, activates_at)
                    VALUES (:kid, :priv, :pub, :state, :created, :activates)""")
                    .param("kid", key.getKeyID())
                    .param("priv", encryption.seal(key.toRSAPrivateKey().getEncoded(), key.getKeyID()))
                    .param("pub", Base64.getEncoder().encodeToString(key.toRSAPublicKey().getEncoded()))
                    .param("state", state.name())
                    .param("created", Timestamp.from(createdAt))
                    .param("activates", Timestamp.from(activatesAt))
                    .update();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not encode signing key " + key.getKeyID(), e);
        }
    }

    /** The keys the JWKS lists: pending, active, and retired ones whose tokens may still be unexpired. */
    List<StoredKey> published(Instant now) {
        return jdbc.sql("""
                SELECT kid, private_key, public_key, state, created_at, activates_at, retires_at FROM signing_key
                WHERE state <> 'RETIRED' OR retires_at > :now ORDER BY activates_at DESC""")
                .param("now", Timestamp.from(now))
                .query(this::row).list();
    }

    List<StoredKey> all() {
        return jdbc.sql("""
                SELECT kid, private_key, public_key, state, created_at, activates_at, retires_at FROM signing_key
                ORDER BY created_at DESC""").query(this::row).list();
    }

    Optional<StoredKey> inState(SigningKeyState state) {
        return jdbc.sql("""
                SELECT kid, private_key, public_key, state, created_at, activates_at, retires_at FROM signing_key
                WHERE state = :state ORDER BY activates_at DESC LIMIT 1""")
                .param("state", state.name()).query(this::row).optional();
    }

    /**
     * A pending key whose time has come becomes active and the previous active one retires, in one statement;
     * the retired key stays published for {@code retireAfter} past the take-over (its last tokens' lifetime).
     */
    int promoteDue(Instant now, Duration retireAfter) {
        return jdbc.sql("""
                WITH next AS (
                    UPDATE signing_key SET state = 'ACTIVE'
                    WHERE state = 'PENDING' AND activates_at <= :now RETURNING kid, activates_at)
                UPDATE signing_key previous
                SET state = 'RETIRED', retires_at = next.activates_at + :retireAfterMillis * interval '1 millisecond'
                FROM next WHERE previous.state = 'ACTIVE' AND previous.kid <> next.kid""")
                .param("now", Timestamp.from(now))
                .param("retireAfterMillis", retireAfter.toMillis())
                .update();
    }

    /** Seals every private key still stored in plain text; a row changed meanwhile by another replica is left. */
    int sealPlaintextKeys() {
        if (!encryption.enabled()) {
            return 0;
        }
        record Plain(String kid, String privateKey) {
        }
        List<Plain> plain = jdbc.sql("SELECT kid, private_key FROM signing_key WHERE private_key NOT LIKE :sealed")
                .param("sealed", KeyEncryption.PREFIX + "%")
                .query((rs, n) -> new Plain(rs.getString("kid"), rs.getString("private_key"))).list();
        int sealed = 0;
        for (Plain key : plain) {
            sealed += jdbc.sql("UPDATE signing_key SET private_key = :sealed WHERE kid = :kid AND private_key = :plain")
                    .param("sealed", encryption.seal(encryption.open(key.privateKey(), key.kid()), key.kid()))
                    .param("kid", key.kid())
                    .param("plain", key.privateKey())
                    .update();
        }
        return sealed;
    }

    private StoredKey row(ResultSet rs, int n) throws SQLException {
        Timestamp retires = rs.getTimestamp("retires_at");
        String kid = rs.getString("kid");
        return new StoredKey(toJwk(kid, rs.getString("private_key"), rs.getString("public_key")),
                SigningKeyState.valueOf(rs.getString("state")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("activates_at").toInstant(), retires == null ? null : retires.toInstant());
    }

    private RSAKey toJwk(String kid, String privateKey, String publicKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            RSAPrivateKey priv = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(encryption.open(privateKey, kid)));
            return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + kid + " is unreadable", e);
        }
    }

    record StoredKey(RSAKey key, SigningKeyState state, Instant createdAt, Instant activatesAt, Instant retiresAt) {

        String kid() {
            return key.getKeyID();
        }
    }
}
