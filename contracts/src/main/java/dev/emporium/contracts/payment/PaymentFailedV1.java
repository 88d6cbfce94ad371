package dev.emporium.contracts.payment;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The payment will not be charged: the card was declined (status DECLINED: card_declined, insufficient_funds, incorrect_number...) or the authorization failed (status FAILED: the customer did not confirm in time, authentication_failed...). Topic {@code payments.payments}, key = paymentId.
 *
 * @param reference  the caller's reference for the payment (checkout's id)
 * @param orderId    the order, once the caller named it (at capture); null before
 */
@EventType(PaymentFailedV1.TYPE)
public record PaymentFailedV1(UUID paymentId, @Nullable UUID orderId, String reference, UUID customerId, BigDecimal amount, String currency, String status, String code, Instant failedAt) {

    public static final String TYPE = "emporium.payment.failed.v1";
}
