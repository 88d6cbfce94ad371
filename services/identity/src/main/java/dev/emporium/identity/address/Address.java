package dev.emporium.identity.address;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.UUID;

/** A shipping or billing address of a user; {@code country} is ISO 3166-1 alpha-2. */
@Schema(description = "An address of the user's address book, as stored (texts trimmed; blank optional fields are null).")
public record Address(
        @Schema(description = "The address's id.", example = "8d0f6c2a-5b3e-4f1d-a9c7-2e4b6d8f1a35", requiredMode = RequiredMode.REQUIRED)
        UUID id,
        @Schema(description = "Recipient.", example = "Ada Lovelace", requiredMode = RequiredMode.REQUIRED) String fullName,
        @Schema(description = "Street and number.", example = "12 St James's Square", requiredMode = RequiredMode.REQUIRED) String line1,
        @Schema(description = "Flat, floor, company...; null when not given.", example = "Flat 3", types = {"string", "null"},
                requiredMode = RequiredMode.REQUIRED) String line2,
        @Schema(description = "City.", example = "London", requiredMode = RequiredMode.REQUIRED) String city,
        @Schema(description = "Postal code.", example = "SW1Y 4JH", requiredMode = RequiredMode.REQUIRED) String postalCode,
        @Schema(description = "State, province or county; null when not given.", example = "Greater London",
                types = {"string", "null"}, requiredMode = RequiredMode.REQUIRED) String region,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "GB", requiredMode = RequiredMode.REQUIRED) String country,
        @Schema(description = "Phone number for the carrier; null when not given.", example = "+44 20 7946 0000",
                types = {"string", "null"}, requiredMode = RequiredMode.REQUIRED) String phone) {
}
