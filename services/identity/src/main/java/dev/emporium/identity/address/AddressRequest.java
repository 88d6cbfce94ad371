package dev.emporium.identity.address;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/** An address as a client sends it; validated field by field. */
record AddressRequest(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9 -]+", message = "may contain letters, digits, spaces and dashes") String postalCode,
        @Size(max = 100) String region,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE or US") String country,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number such as +49 30 1234567") String phone) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @AssertTrue(message = "must be an existing ISO 3166-1 alpha-2 country code")
    boolean isKnownCountry() {
        return country == null || !country.matches("[A-Z]{2}") || COUNTRIES.contains(country);
    }
}
