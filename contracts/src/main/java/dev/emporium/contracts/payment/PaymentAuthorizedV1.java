package dev.emporium.contracts.payment;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The provider holds the amount on the customer's card (after the customer confirmed it, for a payment that needed that). Topic {@code payments.payments}, key = paymentId.
 *
 * @param reference  the caller's reference for the payment (checkout's id)
 * @param orderId    the order, once the caller named it (at capture); null before
 */
@EventType(PaymentAuthorizedV1.TYPE)
public record PaymentAuthorizedV1(UUID paymentId, @Nullable UUID orderId, String reference, UUID customerId, BigDecimal amount, String currency, @Nullable String cardBrand, @Nullable String cardLast4, Instant authorizedAt) {

    public static final String TYPE = "emporium.payment.authorized.v1";
}
