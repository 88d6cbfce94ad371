package dev.emporium.payment.provider;

/**
 * The provider did not answer (timeout, 5xx, connection refused): the outcome is unknown. Calling again with the
 * same idempotency key is safe and learns it.
 */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message) {
        super(message);
    }

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
