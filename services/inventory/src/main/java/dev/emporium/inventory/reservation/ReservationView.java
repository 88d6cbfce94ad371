package dev.emporium.inventory.reservation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A reservation and where its units are held.")
public record ReservationView(
        @Schema(description = "The caller's id for it.", example = "6b1e9c1a-3f0d-4a5e-8f7b-1c2d3e4f5a6b") UUID reservationId,
        @Schema(description = "RESERVED (units held), COMMITTED (units left the shop), RELEASED (given up) or EXPIRED (released on its own).",
                example = "RESERVED", allowableValues = { "RESERVED", "COMMITTED", "RELEASED", "EXPIRED" }) String status,
        @Schema(description = "When a RESERVED reservation is released on its own.", example = "2026-11-23T10:30:30Z") Instant expiresAt,
        @Schema(description = "The lines, in SKU order.") List<Line> lines) {

    @Schema(description = "A line and the locations its units are taken from.")
    public record Line(
            @Schema(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") String sku,
            @Schema(description = "Units reserved.", example = "2") int quantity,
            @Schema(description = "Where the units are held, in location priority order.") List<Allocation> allocations) {
    }

    @Schema(description = "Units held at one location.")
    public record Allocation(
            @Schema(description = "The location.", example = "00000000-0000-0000-0000-000000000001") UUID locationId,
            @Schema(description = "Units held there.", example = "2") int quantity) {
    }
}
