package dev.emporium.contracts.payment;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Part or all of the captured amount went back to the customer; refundedTotal is the sum of the payment's refunds so far. Topic {@code payments.payments}, key = paymentId.
 *
 * @param reference  the caller's reference for the payment (checkout's id)
 * @param orderId    the order, once the caller named it (at capture); null before
 */
@EventType(PaymentRefundedV1.TYPE)
public record PaymentRefundedV1(UUID paymentId, @Nullable UUID orderId, String reference, UUID customerId, UUID refundId, BigDecimal refundAmount, BigDecimal refundedTotal, BigDecimal capturedAmount, String currency, Instant refundedAt) {

    public static final String TYPE = "emporium.payment.refunded.v1";
}
