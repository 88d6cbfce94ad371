package dev.emporium.inventory.stock;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Why an admin adjusts stock.")
public enum AdjustmentReason {
    RECEIVED, DAMAGED, COUNT_CORRECTION, RETURNED, OTHER;

    MovementReason movement() {
        return MovementReason.valueOf(name());
    }
}
