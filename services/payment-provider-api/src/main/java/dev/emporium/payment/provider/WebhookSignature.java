package dev.emporium.payment.provider;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Emporium-Signature} header of provider webhooks, shaped like Stripe's: {@code t=<unix seconds>,v1=<hex>}
 * where v1 is HMAC-SHA256 with the shared secret over {@code <t>.<raw body>}. The timestamp is signed, so a captured
 * request cannot be replayed later with a fresh one.
 */
public final class WebhookSignature {

    public static final String HEADER = "Emporium-Signature";

    /** Why a request was refused. */
    public enum Failure {
        MISSING, MALFORMED, MISMATCH, STALE
    }

    private WebhookSignature() {
    }

    public static String sign(String secret, Instant at, byte[] body) {
        long timestamp = at.getEpochSecond();
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /** Empty when the header is a valid signature of the body made within {@code tolerance} of {@code now}. */
    public static Optional<Failure> verify(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            return Optional.of(Failure.MISSING);
        }
        Long timestamp = null;
        byte[] expected = null;
        boolean matched = false;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                return Optional.of(Failure.MALFORMED);
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return Optional.of(Failure.MALFORMED);
                }
            }
        }
        if (timestamp == null) {
            return Optional.of(Failure.MALFORMED);
        }
        expected = hmac(secret, timestamp, body);
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair[0].equals("v1")) {
                byte[] given;
                try {
                    given = HexFormat.of().parseHex(pair[1]);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                matched |= MessageDigest.isEqual(expected, given); // constant time
            }
        }
        if (!matched) {
            return Optional.of(Failure.MISMATCH);
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(tolerance) > 0) {
            return Optional.of(Failure.STALE);
        }
        return Optional.empty();
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
