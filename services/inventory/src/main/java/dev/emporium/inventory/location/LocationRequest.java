package dev.emporium.inventory.location;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "A new warehouse or store.")
public record LocationRequest(
        @Schema(description = "Short unique code.", example = "berlin-1")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "may contain lower-case letters, digits and dashes") String code,
        @Schema(description = "Display name.", example = "Berlin warehouse") @NotBlank @Size(max = 200) String name,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "DE") @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be two upper-case letters") String country,
        @Schema(description = "Lowest first when reserving.", example = "10") @NotNull @Min(0) @Max(1000000) Integer priority,
        @Schema(description = "Whether its stock is for sale (default true).", example = "true") Boolean active) {
}
