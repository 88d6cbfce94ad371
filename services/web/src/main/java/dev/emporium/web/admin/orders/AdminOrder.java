package dev.emporium.web.admin.orders;

import dev.emporium.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order as order's admin API shows it ({@code GET /api/v1/admin/orders/{id}}), as much as the portal shows. */
public record AdminOrder(UUID id, String number, String status, @Nullable UUID customerId, @Nullable List<Line> lines,
        @Nullable Money subtotal, @Nullable Money shipping, @Nullable Money tax, Money total, String currency,
        @Nullable Address shippingAddress, @Nullable String shippingMethod, @Nullable PaymentSummary payment,
        @Nullable Shipment shipment, @Nullable List<StatusChange> history, @Nullable List<Refund> refunds,
        @Nullable String cancelReason, Instant createdAt) {

    public AdminOrder {
        lines = lines == null ? List.of() : lines;
        history = history == null ? List.of() : history;
        refunds = refunds == null ? List.of() : refunds;
    }

    public record Line(String sku, String name, int quantity, Money unitPrice, Money lineTotal) {
    }

    public record Address(String fullName, String line1, @Nullable String line2, String city, String postalCode,
            @Nullable String region, String country, @Nullable String phone) {
    }

    public record PaymentSummary(@Nullable String status, @Nullable String brand, @Nullable String last4,
            @Nullable Money capturedAmount, @Nullable Money refundedAmount) {
    }

    public record Shipment(String carrier, String trackingNumber) {
    }

    public record StatusChange(String status, Instant at) {
    }

    public record Refund(UUID id, Money amount, String status, String reason, Instant createdAt, @Nullable Instant completedAt) {
    }

    /** What an admin may do with it now, as order's transitions allow. */
    public boolean shippable() {
        return "CONFIRMED".equals(status);
    }

    public boolean deliverable() {
        return "SHIPPED".equals(status);
    }

    public boolean refundable() {
        return "CONFIRMED".equals(status) || "SHIPPED".equals(status) || "DELIVERED".equals(status);
    }

    /** Paid and not given back in full: counts towards revenue. */
    public boolean paid() {
        return !"PENDING".equals(status) && !"CANCELLED".equals(status);
    }

    /** A page of orders. */
    public record Page(List<AdminOrder> items, int page, int size, long totalItems, int totalPages) {
        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
