package dev.emporium.web.admin.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new warehouse or store. */
public record LocationForm(
        @NotBlank(message = "{admin.location.code}") @Size(max = 64, message = "{admin.location.code}")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{admin.location.code}") String code,
        @NotBlank(message = "{admin.location.name}") @Size(max = 200, message = "{admin.location.name}") String name,
        @NotBlank(message = "{admin.location.country}") @Pattern(regexp = "[A-Z]{2}", message = "{admin.location.country}") String country,
        @NotNull(message = "{admin.location.priority}") @Min(value = 0, message = "{admin.location.priority}")
        @Max(value = 1_000_000, message = "{admin.location.priority}") Integer priority,
        @Nullable Boolean active) {

    public static LocationForm empty() {
        return new LocationForm("", "", "", 10, true);
    }
}
