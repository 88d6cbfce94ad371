package dev.emporium.inventory.stock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What admins send to the stock endpoints. */
public final class StockRequests {

    public static final int MAX_UNITS = 100_000_000;

    private StockRequests() {
    }

    @Schema(description = "Sets the units on hand at a location (and optionally the SKU's low-stock threshold).")
    public record SetStock(
            @Schema(description = "Units on hand; not below the units reserved there.", example = "20")
            @NotNull @Min(0) @Max(MAX_UNITS) Integer onHand,
            @Schema(description = "The location (default: the `default` location).", example = "00000000-0000-0000-0000-000000000001") @Nullable UUID locationId,
            @Schema(description = "The SKU's own low-stock threshold (default: the shop's).", example = "5") @Nullable @Min(0) @Max(MAX_UNITS) Integer lowStockThreshold) {
    }

    @Schema(description = "Adds (or, negative, removes) units at a location, with a reason.")
    public record Adjustment(
            @Schema(description = "Units to add (positive) or remove (negative); not zero.", example = "-2")
            @NotNull @Min(-MAX_UNITS) @Max(MAX_UNITS) Integer delta,
            @Schema(description = "Why.", example = "DAMAGED") @NotNull AdjustmentReason reason,
            @Schema(description = "The location (default: the `default` location).", example = "00000000-0000-0000-0000-000000000001") @Nullable UUID locationId,
            @Schema(description = "The admin's own reference (a delivery note, a count sheet).", example = "DN-2026-0042") @Nullable @Size(max = 200) String reference) {
    }
}
