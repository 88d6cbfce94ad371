package dev.emporium.web.admin.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Units added (or, negative, removed) at a location, with a reason: inventory's rules, checked here first. */
public record AdjustmentForm(
        @NotNull(message = "{admin.adjustment.delta}") @Min(value = -100_000_000, message = "{admin.adjustment.delta}")
        @Max(value = 100_000_000, message = "{admin.adjustment.delta}") Integer delta,
        @NotBlank(message = "{admin.adjustment.reason}")
        @Pattern(regexp = "RECEIVED|DAMAGED|COUNT_CORRECTION|RETURNED|OTHER", message = "{admin.adjustment.reason}") String reason,
        @Nullable UUID locationId,
        @Nullable @Size(max = 200, message = "{admin.adjustment.reference}") String reference) {

    public static AdjustmentForm empty() {
        return new AdjustmentForm(null, "RECEIVED", null, "");
    }
}
