package dev.emporium.inventory.stock;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the stock endpoints answer. */
public final class StockViews {

    private StockViews() {
    }

    @Schema(description = "What the shop may sell of a SKU.")
    public record Availability(
            @Schema(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") String sku,
            @Schema(description = "Units available for sale, summed over the active locations.", example = "12") int available,
            @Schema(description = "Whether at least one unit is available.", example = "true") boolean inStock) {
    }

    @Schema(description = "The availability of several SKUs, in the order asked.")
    public record AvailabilityList(@Schema(description = "One entry per SKU asked for; unknown SKUs have nothing available.") List<Availability> items) {
    }

    @Schema(description = "A SKU's stock, in total and per location.")
    public record StockDetail(
            @Schema(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") String sku,
            @Schema(description = "Units held, over every location.", example = "20") int onHand,
            @Schema(description = "Units held for reservations, over every location.", example = "3") int reserved,
            @Schema(description = "onHand − reserved, over every location (never below 0).", example = "17") int available,
            @Schema(description = "The SKU is low on stock when the available units of its active locations are at or under this.", example = "5") int lowStockThreshold,
            @Schema(description = "Whether the SKU is at or under its threshold now.", example = "false") boolean lowStock,
            @Schema(description = "Per location, in reservation order.") List<LocationStock> locations) {
    }

    @Schema(description = "A SKU's stock at one location.")
    public record LocationStock(
            @Schema(description = "The location's id.", example = "00000000-0000-0000-0000-000000000001") UUID locationId,
            @Schema(description = "The location's code.", example = "default") String code,
            @Schema(description = "Whether this location's stock is for sale.", example = "true") boolean active,
            @Schema(description = "Units held here.", example = "20") int onHand,
            @Schema(description = "Units held here for reservations.", example = "3") int reserved,
            @Schema(description = "onHand − reserved.", example = "17") int available) {
    }

    @Schema(description = "One change of a SKU's stock at a location.")
    public record Movement(
            @Schema(description = "When it happened.", example = "2026-11-23T10:15:30Z") Instant at,
            @Schema(description = "Where.", example = "00000000-0000-0000-0000-000000000001") UUID locationId,
            @Schema(description = "Change of the on-hand units.", example = "-2") int delta,
            @Schema(description = "Change of the reserved units.", example = "-2") int deltaReserved,
            @Schema(description = "On-hand units after the change.", example = "18") int onHandAfter,
            @Schema(description = "Reserved units after the change.", example = "1") int reservedAfter,
            @Schema(description = "Why: an adjustment reason (RECEIVED, DAMAGED, COUNT_CORRECTION, RETURNED, OTHER), STOCK_SET, or a reservation's RESERVED, COMMITTED, RELEASED, EXPIRED.",
                    example = "COMMITTED") String reason,
            @Schema(description = "Who: the admin's or calling service's user id, or inventory itself.", example = "4f9a1c52-8d3e-4b7a-9c61-2e5f8a7b3d10") String actor,
            @Schema(description = "What it belongs to: a reservation id, or the admin's own reference.", example = "6b1e9c1a-3f0d-4a5e-8f7b-1c2d3e4f5a6b") @Nullable String reference) {
    }

    @Schema(description = "A SKU at or under its low-stock threshold.")
    public record LowStock(
            @Schema(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") String sku,
            @Schema(description = "Units available for sale over the active locations.", example = "2") int available,
            @Schema(description = "Its threshold.", example = "5") int lowStockThreshold) {
    }
}
