package dev.emporium.web.admin.orders;

import dev.emporium.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A payment with its operations, as payment's admin API lists them ({@code GET /api/v1/admin/payments?orderId=}). */
public record AdminPayment(Payment payment, @Nullable String provider, @Nullable String providerPaymentId,
        @Nullable Money disputedAmount, @Nullable Instant createdAt, @Nullable List<Operation> operations) {

    public AdminPayment {
        operations = operations == null ? List.of() : operations;
    }

    public record Payment(UUID paymentId, String status, @Nullable Money amount, @Nullable Money capturedAmount,
            @Nullable Money refundedAmount, @Nullable Card card) {
    }

    public record Card(@Nullable String brand, @Nullable String last4) {
    }

    public record Operation(String type, String status, @Nullable Money amount, @Nullable String providerReference,
            @Nullable String code, @Nullable Instant createdAt) {
    }

    public record Page(List<AdminPayment> items, long totalItems) {
        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
