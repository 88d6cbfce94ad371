package dev.emporium.inventory.location;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

@Schema(description = "A warehouse or store holding stock.")
public record Location(
        @Schema(description = "The location's id.", example = "00000000-0000-0000-0000-000000000001") UUID id,
        @Schema(description = "Short unique code.", example = "default") String code,
        @Schema(description = "Display name.", example = "Default location") String name,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "US") String country,
        @Schema(description = "Reservations take stock from active locations, lowest priority number first.", example = "0") int priority,
        @Schema(description = "Whether its stock is available for sale.", example = "true") boolean active) {

    public static final String DEFAULT_CODE = "default";
}
