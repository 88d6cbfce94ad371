package dev.emporium.inventory.reservation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Schema(description = "Holds units of several SKUs for a checkout, all or nothing.")
public record ReservationRequest(
        @Schema(description = "The caller's id for this reservation; sending it again with the same lines is a safe retry.",
                example = "6b1e9c1a-3f0d-4a5e-8f7b-1c2d3e4f5a6b") @NotNull UUID reservationId,
        @Schema(description = "1 to 100 lines, one per SKU.") @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
        @Schema(description = "How long the units are held before they are released on their own (default 900, at most 86400).",
                example = "900") @Nullable @Min(1) @Max(86400) Integer ttlSeconds) {

    @Schema(description = "Units of one SKU.")
    public record Line(
            @Schema(description = "The SKU.", example = "LINEN-SHIRT-M-WHITE") @NotBlank @Size(max = 64) String sku,
            @Schema(description = "Units, 1 to 10000.", example = "2") @NotNull @Min(1) @Max(10000) Integer quantity) {
    }
}
