package dev.emporium.payment.provider;

/** The provider already saw this idempotency key with another request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency key " + key + " was used with another request");
    }
}
