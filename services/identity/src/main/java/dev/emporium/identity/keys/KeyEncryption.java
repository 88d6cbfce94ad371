package dev.emporium.identity.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals private signing keys with AES-256-GCM under a key-encryption key from configuration, which the database
 * never holds: a dump of the database alone yields no usable key. The key id is authenticated data, so a sealed
 * key copied onto another row does not open. Stored form: {@code v1:} + base64(12-byte IV || ciphertext+tag).
 * Values without the prefix are legacy plain base64 and still open, until {@link SigningKeyStore} re-seals them.
 */
final class KeyEncryption {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private KeyEncryption(SecretKey key) {
        this.key = key;
    }

    /** @param base64Key 32 bytes, base64; blank means "no encryption" (refused in production by the caller) */
    static KeyEncryption of(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new KeyEncryption(null);
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("emporium.identity.key-encryption-key is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("emporium.identity.key-encryption-key must be 32 bytes (base64), not " + raw.length);
        }
        return new KeyEncryption(new SecretKeySpec(raw, "AES"));
    }

    boolean enabled() {
        return key != null;
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    String seal(byte[] privateKey, String kid) {
        if (key == null) {
            return Base64.getEncoder().encodeToString(privateKey);
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, kid);
            byte[] sealed = cipher.doFinal(privateKey);
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt signing key " + kid, e);
        }
    }

    byte[] open(String stored, String kid) {
        if (!isSealed(stored)) {
            return Base64.getDecoder().decode(stored);
        }
        if (key == null) {
            throw new IllegalStateException("Signing key " + kid + " is encrypted but no emporium.identity.key-encryption-key"
                    + " (EMPORIUM_IDENTITY_KEY_ENCRYPTION_KEY) is configured");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            byte[] iv = java.util.Arrays.copyOfRange(in, 0, IV_BYTES);
            return cipher(Cipher.DECRYPT_MODE, iv, kid).doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " does not open with the configured key-encryption key", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
