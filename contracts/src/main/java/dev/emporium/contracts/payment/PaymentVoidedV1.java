package dev.emporium.contracts.payment;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The authorization was released: nothing is charged. Topic {@code payments.payments}, key = paymentId.
 *
 * @param reference  the caller's reference for the payment (checkout's id)
 * @param orderId    the order, once the caller named it (at capture); null before
 */
@EventType(PaymentVoidedV1.TYPE)
public record PaymentVoidedV1(UUID paymentId, @Nullable UUID orderId, String reference, UUID customerId, BigDecimal amount, String currency, Instant voidedAt) {

    public static final String TYPE = "emporium.payment.voided.v1";
}
