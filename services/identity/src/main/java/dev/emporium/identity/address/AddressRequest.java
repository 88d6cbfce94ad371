package dev.emporium.identity.address;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/** An address as a client sends it; validated field by field. */
@Schema(description = "An address as the client sends it. Texts are trimmed. `line2`, `region` and `phone` are optional "
        + "(absent or null); a blank `line2` or `region` is stored as null.")
record AddressRequest(
        @Schema(description = "Recipient; not blank.", example = "Ada Lovelace")
        @NotBlank @Size(max = 100) String fullName,
        @Schema(description = "Street and number; not blank.", example = "12 St James's Square")
        @NotBlank @Size(max = 200) String line1,
        @Schema(description = "Flat, floor, company...", example = "Flat 3", types = {"string", "null"})
        @Size(max = 200) String line2,
        @Schema(description = "City; not blank.", example = "London")
        @NotBlank @Size(max = 100) String city,
        @Schema(description = "Postal code: letters, digits, spaces and dashes.", example = "SW1Y 4JH")
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9 -]+$", message = "may contain letters, digits, spaces and dashes") String postalCode,
        @Schema(description = "State, province or county.", example = "Greater London", types = {"string", "null"})
        @Size(max = 100) String region,
        @Schema(description = "An existing ISO 3166-1 alpha-2 country code, upper case (an unknown code such as `XX` is "
                + "refused with the field `knownCountry`).", example = "GB")
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE or US") String country,
        @Schema(description = "Phone number for the carrier: 5 to 20 digits, spaces, dashes and parentheses, optionally after a `+`.",
                example = "+44 20 7946 0000", types = {"string", "null"})
        @Pattern(regexp = "^\\+?[0-9 ()-]{5,20}$", message = "must be a phone number such as +49 30 1234567") String phone) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @AssertTrue(message = "must be an existing ISO 3166-1 alpha-2 country code")
    boolean isKnownCountry() {
        return country == null || !country.matches("[A-Z]{2}") || COUNTRIES.contains(country);
    }
}
