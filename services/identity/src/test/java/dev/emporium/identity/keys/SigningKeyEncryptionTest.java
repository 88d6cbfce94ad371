package dev.emporium.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.emporium.testsupport.MutableClock;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Private signing keys are sealed under a key-encryption key the database does not hold. */
class SigningKeyEncryptionTest {

    static final String KEK = TestKeyEncryptionKey.generate();

    final KeyDatabase db = KeyDatabase.fresh();
    final MutableClock clock = MutableClock.startingNow();

    @Test
    void storesNoReadablePrivateKeyMaterial() {
        SigningKeys keys = db.replica(KEK, clock);
        String first = keys.current().getKeyID();
        String next = keys.rotate().kid();

        for (String kid : new String[] {first, next}) {
            String stored = db.storedPrivateKey(kid);
            assertThat(stored).startsWith("v1:");
            assertThat(isPkcs8(stored)).isFalse();
            assertThat(isPkcs8(stored.substring(3))).isFalse();
            assertThat(stored).doesNotContain("\"d\"");
        }
    }

    @Test
    void encryptsKeysStoredInPlainTextBeforeEncryptionWasConfigured() throws Exception {
        RSAKey legacy = new RSAKeyGenerator(2048).keyID("legacy").generate();
        Instant created = clock.instant().minusSeconds(60);
        db.store("").insert(legacy, SigningKeyState.ACTIVE, created, created);
        assertThat(isPkcs8(db.storedPrivateKey("legacy"))).isTrue();
        SigningKeyStore store = db.store(KEK);

        assertThat(store.sealPlaintextKeys()).isEqualTo(1);
        assertThat(store.sealPlaintextKeys()).isZero();

        assertThat(db.storedPrivateKey("legacy")).startsWith("v1:");
        assertThat(isPkcs8(db.storedPrivateKey("legacy"))).isFalse();
        assertThat(db.replica(KEK, clock).current().toRSAPrivateKey().getEncoded())
                .isEqualTo(legacy.toRSAPrivateKey().getEncoded());
    }

    @Test
    void doesNotOpenKeysUnderAnotherKeyEncryptionKey() {
        db.replica(KEK, clock).current();

        assertThatThrownBy(() -> db.replica(TestKeyEncryptionKey.generate(), clock).current())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open");
    }

    @Test
    void refusesToStartInProductionWithoutAKeyEncryptionKey() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> new SigningKeyStore(db.jdbc, "", production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EMPORIUM_IDENTITY_KEY_ENCRYPTION_KEY");
    }

    @Test
    void refusesAKeyEncryptionKeyOfTheWrongLength() {
        assertThatThrownBy(() -> db.store(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    private static boolean isPkcs8(String stored) {
        try {
            KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored)));
            return true;
        } catch (Exception notAKey) {
            return false;
        }
    }
}
