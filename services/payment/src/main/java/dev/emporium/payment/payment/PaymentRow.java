package dev.emporium.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment as stored. No card number or CVC, ever: the token, brand, last four digits and expiry. */
public record PaymentRow(UUID id, String status, boolean tombstone, String provider, String providerPaymentId, UUID customerId,
        String reference, UUID orderId, BigDecimal amount, String currency, BigDecimal capturedAmount, BigDecimal refundedAmount,
        BigDecimal disputedAmount, String cardToken, String cardBrand, String cardLast4, Integer cardExpMonth, Integer cardExpYear,
        String returnUrl, String requestFingerprint, String declineCode, String nextActionUrl, boolean voidRequested,
        Instant createdAt) {

    public boolean isCaptured() {
        return status.equals("CAPTURED") || status.equals("PARTIALLY_REFUNDED") || status.equals("REFUNDED");
    }
}
