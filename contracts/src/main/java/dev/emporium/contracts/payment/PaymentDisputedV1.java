package dev.emporium.contracts.payment;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The customer disputed a captured payment with their bank (a chargeback is pending). Topic {@code payments.payments}, key = paymentId.
 *
 * @param reference  the caller's reference for the payment (checkout's id)
 * @param orderId    the order, once the caller named it (at capture); null before
 */
@EventType(PaymentDisputedV1.TYPE)
public record PaymentDisputedV1(UUID paymentId, @Nullable UUID orderId, String reference, UUID customerId, String disputeId, BigDecimal disputedAmount, String currency, @Nullable String reason, Instant disputedAt) {

    public static final String TYPE = "emporium.payment.disputed.v1";
}
