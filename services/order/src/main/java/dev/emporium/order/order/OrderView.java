package dev.emporium.order.order;

import dev.emporium.platform.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Schema(description = "An order: its lines and totals as priced at checkout, where it ships, its payment, shipment, refunds and status history.")
public record OrderView(
        @Schema(description = "The order's id.", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") UUID id,
        @Schema(description = "The human-friendly order number.", example = "EM-2026-000123") String number,
        @Schema(description = "PENDING (being placed), CONFIRMED (paid), SHIPPED, DELIVERED, CANCELLED or REFUNDED (everything captured was refunded).",
                example = "CONFIRMED", allowableValues = { "PENDING", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED" }) String status,
        @Schema(description = "The customer's user id.", example = "c16f4237-c3c1-4302-8ab9-cad9c15c7dc6") UUID customerId,
        @Schema(description = "The checkout that placed it.", example = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID checkoutId,
        @Schema(description = "The lines, in the order checkout gave them.") List<OrderLine> lines,
        @Schema(description = "Sum of the line totals.") Money subtotal,
        @Schema(description = "Shipping charged.") Money shipping,
        @Schema(description = "Tax charged.") Money tax,
        @Schema(description = "subtotal + shipping + tax.") Money total,
        @Schema(description = "The order's currency.", example = "USD") String currency,
        @Schema(description = "Where it ships.") OrderRequests.Address shippingAddress,
        @Schema(description = "STANDARD or EXPRESS.", example = "STANDARD") String shippingMethod,
        @Schema(description = "The payment: status, card and what was captured and refunded.") PaymentSummary payment,
        @Schema(description = "The shipment, once the order shipped.") @Nullable Shipment shipment,
        @Schema(description = "Every status the order took, oldest first.") List<StatusChange> history,
        @Schema(description = "Refunds, oldest first.") List<Refund> refunds,
        @Schema(description = "Why it was cancelled.", example = "Cancelled by the customer") @Nullable String cancelReason,
        @Schema(description = "When it was placed.", example = "2026-11-23T10:15:30Z") Instant createdAt,
        @Schema(description = "When it last changed.", example = "2026-11-23T10:15:31Z") Instant updatedAt) {

    @Schema(description = "Units of one SKU at the price paid.")
    public record OrderLine(
            @Schema(description = "The product.", example = "38a2eba0-81c6-429b-88c8-ecc39d4a3cb1") UUID productId,
            @Schema(description = "The SKU.", example = "AURORA-TEE-M") String sku,
            @Schema(description = "The product's name.", example = "Aurora tee, M") String name,
            @Schema(description = "Units.", example = "2") int quantity,
            @Schema(description = "Price per unit.") Money unitPrice,
            @Schema(description = "unitPrice × quantity.") Money lineTotal) {
    }

    @Schema(description = "The payment behind an order; never a card number.")
    public record PaymentSummary(
            @Schema(description = "Its status at payment, as last reported.", example = "CAPTURED") @Nullable String status,
            @Schema(description = "The card's brand.", example = "visa") @Nullable String brand,
            @Schema(description = "The card number's last four digits.", example = "4242") @Nullable String last4,
            @Schema(description = "What was captured.") Money capturedAmount,
            @Schema(description = "What was refunded or is being refunded.") Money refundedAmount) {
    }

    @Schema(description = "How the order ships.")
    public record Shipment(
            @Schema(description = "The carrier.", example = "EMPORIUM_POST") String carrier,
            @Schema(description = "The carrier's tracking number.", example = "EP004815162342") String trackingNumber) {
    }

    @Schema(description = "A status the order took.")
    public record StatusChange(
            @Schema(description = "The status.", example = "CONFIRMED") String status,
            @Schema(description = "When.", example = "2026-11-23T10:15:31Z") Instant at) {
    }

    @Schema(description = "A refund of the order.")
    public record Refund(
            @Schema(description = "The refund's id (payment's idempotency key for it).", example = "7d1c9e4b-2a3f-4e5d-9c8b-1a2b3c4d5e6f") UUID id,
            @Schema(description = "How much.") Money amount,
            @Schema(description = "PENDING (payment has not confirmed it yet), SUCCEEDED or FAILED (payment refused it).",
                    example = "SUCCEEDED", allowableValues = { "PENDING", "SUCCEEDED", "FAILED" }) String status,
            @Schema(description = "CANCELLED (the customer cancelled) or ADMIN.", example = "ADMIN") String reason,
            @Schema(description = "When it was decided.", example = "2026-11-24T09:00:00Z") Instant createdAt,
            @Schema(description = "When payment confirmed (or refused) it.", example = "2026-11-24T09:00:01Z") @Nullable Instant completedAt) {
    }

    @Schema(description = "Where a shipment is.")
    public record Tracking(
            @Schema(description = "The carrier.", example = "EMPORIUM_POST") String carrier,
            @Schema(description = "The carrier's tracking number.", example = "EP004815162342") String trackingNumber,
            @Schema(description = "What the carrier reported, oldest first: ACCEPTED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED.")
            List<TrackingEvent> events) {
    }

    @Schema(description = "One report of the carrier.")
    public record TrackingEvent(
            @Schema(description = "ACCEPTED, IN_TRANSIT, OUT_FOR_DELIVERY or DELIVERED.", example = "IN_TRANSIT") String status,
            @Schema(description = "When.", example = "2026-11-24T14:02:00Z") Instant at,
            @Schema(description = "Where.", example = "Sorting centre") @Nullable String location) {
    }
}
