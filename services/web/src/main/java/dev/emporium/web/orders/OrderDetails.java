package dev.emporium.web.orders;

import dev.emporium.platform.money.Money;
import dev.emporium.web.address.AddressForm;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order as its customer sees it ({@code GET /api/v1/orders/{id}}; the history's list shows the same, shortened). */
public record OrderDetails(UUID id, String number, String status, List<Line> lines, Money subtotal, Money shipping, Money tax,
        Money total, String currency, @Nullable AddressForm shippingAddress, @Nullable String shippingMethod,
        @Nullable Payment payment, @Nullable Shipment shipment, List<StatusChange> history, @Nullable String cancelReason,
        Instant createdAt) {

    public OrderDetails {
        lines = lines == null ? List.of() : lines;
        history = history == null ? List.of() : history;
    }

    /** Customers cancel a paid order until it ships (a PENDING one is still being placed). */
    public boolean cancellable() {
        return "CONFIRMED".equals(status);
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public record Line(UUID productId, String sku, String name, int quantity, Money unitPrice, Money lineTotal) {
    }

    public record Payment(@Nullable String status, @Nullable String brand, @Nullable String last4) {
    }

    public record Shipment(String carrier, String trackingNumber) {
    }

    public record StatusChange(String status, Instant at) {
    }

    /** A page of the order history. */
    public record Page(List<OrderDetails> items, int page, int size, long totalItems, int totalPages) {
        public Page {
            items = items == null ? List.of() : items;
        }
    }

    /** Where the shipment is ({@code GET /api/v1/orders/{id}/tracking}). */
    public record Tracking(String carrier, String trackingNumber, List<TrackingEvent> events) {
        public Tracking {
            events = events == null ? List.of() : events;
        }
    }

    public record TrackingEvent(String status, Instant at, @Nullable String location) {
    }
}
