package dev.emporium.checkout.address;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where the order ships, as the client sends it: the fields of an address in identity's address book. Texts may not
 * hold control characters. The country decides the shipping zone and the tax; for the United States, {@code region}
 * is the state's two-letter code (checked by {@link Destination}).
 */
@Schema(description = "Where the order ships: the fields of an address in the address book. For the United States, `region` "
        + "is the state's two-letter USPS code (`CA`, `NY`, `DC`...), which decides the sales tax.")
public record ShippingAddress(
        @Schema(description = "Recipient; not blank.", example = "Ada Lovelace")
        @NotBlank @Size(max = 100) @Pattern(regexp = TEXT, message = NO_CONTROLS) String fullName,
        @Schema(description = "Street and number; not blank.", example = "Unter den Linden 77")
        @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) String line1,
        @Schema(description = "Flat, floor, company...", example = "3. OG", types = {"string", "null"})
        @Nullable @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) String line2,
        @Schema(description = "City; not blank.", example = "Berlin")
        @NotBlank @Size(max = 100) @Pattern(regexp = TEXT, message = NO_CONTROLS) String city,
        @Schema(description = "Postal code: letters, digits, spaces and dashes.", example = "10117")
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9 -]+$", message = "may contain letters, digits, spaces and dashes")
        String postalCode,
        @Schema(description = "State, province or county; for the United States the state's two-letter code, required.",
                example = "Berlin", types = {"string", "null"})
        @Nullable @Size(max = 100) @Pattern(regexp = TEXT, message = NO_CONTROLS) String region,
        @Schema(description = "An existing ISO 3166-1 alpha-2 country code, upper case.", example = "DE")
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE or US") String country,
        @Schema(description = "Phone number for the carrier: 5 to 20 digits, spaces, dashes and parentheses, optionally after a `+`.",
                example = "+49 30 1234567", types = {"string", "null"})
        @Nullable @Pattern(regexp = "^\\+?[0-9 ()-]{5,20}$", message = "must be a phone number such as +49 30 1234567") String phone) {

    /** Any text without control characters (line breaks, NUL...). */
    static final String TEXT = "^[^\\x00-\\x1F\\x7F]*$";
    static final String NO_CONTROLS = "may not contain control characters";
}
