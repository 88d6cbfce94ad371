package dev.emporium.order.refund;

import dev.emporium.platform.money.Money;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The order service's port to payment: refunds. Implemented over payment's internal API
 * ({@link PaymentServiceClient}); tests of the refund job use a double of this interface.
 */
public interface PaymentGateway {

    /**
     * Refunds {@code amount} of the payment. The same {@code refundId} again must be the same refund, never a second
     * one: the job calling this repeats it after a crash or a timeout.
     *
     * @return {@link Refunded} when payment did it (or had done it), {@link Refused} when it never will
     * @throws PaymentUnavailableException when payment did not answer (or not yet for good): try again later
     */
    RefundResult refund(UUID paymentId, UUID refundId, Money amount);

    sealed interface RefundResult permits Refunded, Refused {
    }

    /** @param paymentStatus the payment's status afterwards, when payment said */
    record Refunded(@Nullable String paymentStatus) implements RefundResult {
    }

    /** Payment refused the refund for good (unknown payment, more than captured...). */
    record Refused(String code, String detail) implements RefundResult {
    }

    /** Payment is down, timed out or answered 5xx: the refund may or may not have happened; repeat it. */
    class PaymentUnavailableException extends RuntimeException {
        public PaymentUnavailableException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
