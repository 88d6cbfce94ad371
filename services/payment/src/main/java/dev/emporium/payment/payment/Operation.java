package dev.emporium.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One operation on a payment: PENDING with its idempotency key before the provider is called, then its outcome. */
public record Operation(long id, UUID paymentId, String type, String status, BigDecimal amount, String idempotencyKey,
        UUID refundId, String providerReference, String code, int attempts, Instant createdAt, Instant completedAt) {

    public boolean pending() {
        return status.equals("PENDING");
    }
}
