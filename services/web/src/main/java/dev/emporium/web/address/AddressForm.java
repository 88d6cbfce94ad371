package dev.emporium.web.address;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An address as the customer types it: identity's rules (and checkout's: no control characters, a United States
 * address names its state by its two-letter code), checked here first so each mistake is shown next to its field.
 * Kept in the session with a checkout's other choices (never with the card).
 */
public record AddressForm(
        @NotBlank(message = "{address.fullName.required}") @Size(max = 100, message = "{address.too-long}")
        @Pattern(regexp = TEXT, message = "{address.text.invalid}") @Nullable String fullName,
        @NotBlank(message = "{address.line1.required}") @Size(max = 200, message = "{address.too-long}")
        @Pattern(regexp = TEXT, message = "{address.text.invalid}") @Nullable String line1,
        @Size(max = 200, message = "{address.too-long}") @Pattern(regexp = TEXT, message = "{address.text.invalid}") @Nullable String line2,
        @NotBlank(message = "{address.city.required}") @Size(max = 100, message = "{address.too-long}")
        @Pattern(regexp = TEXT, message = "{address.text.invalid}") @Nullable String city,
        @NotBlank(message = "{address.postalCode.required}") @Size(max = 20, message = "{address.postalCode.invalid}")
        @Pattern(regexp = "^[A-Za-z0-9 -]*$", message = "{address.postalCode.invalid}") @Nullable String postalCode,
        @Size(max = 100, message = "{address.too-long}") @Pattern(regexp = TEXT, message = "{address.text.invalid}") @Nullable String region,
        @NotBlank(message = "{address.country.required}") @Nullable String country,
        @Pattern(regexp = "^(\\+?[0-9 ()-]{5,20})?$", message = "{address.phone.invalid}") @Nullable String phone)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Any text without control characters (line breaks, NUL...). */
    static final String TEXT = "^[^\\x00-\\x1F\\x7F]*$";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    public static AddressForm empty() {
        return new AddressForm("", "", "", "", "", "", "", "");
    }

    @AssertTrue(message = "{address.country.required}")
    public boolean isKnownCountry() {
        return country == null || country.isBlank() || COUNTRIES.contains(country);
    }

    /** Checkout taxes a United States order by its state: {@code region} must be the state's code. */
    @AssertTrue(message = "{address.region.us-state}")
    public boolean isUsStateGiven() {
        return !"US".equals(country) || (region != null && US_STATES.contains(region.strip().toUpperCase(Locale.ROOT)));
    }

    /** As identity and checkout take it: texts trimmed, optional fields left out when blank. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fullName", strip(fullName));
        json.put("line1", strip(line1));
        optional(json, "line2", line2);
        json.put("city", strip(city));
        json.put("postalCode", strip(postalCode));
        optional(json, "region", "US".equals(country) && region != null ? region.strip().toUpperCase(Locale.ROOT) : region);
        json.put("country", strip(country));
        optional(json, "phone", phone);
        return json;
    }

    /** Nothing typed yet. */
    public boolean blank() {
        return json().values().stream().allMatch(value -> value.toString().isBlank());
    }

    /** Whether it is the same address (as stored: trimmed, blank optional fields absent). */
    public boolean sameAs(AddressForm other) {
        return Objects.equals(json(), other.json());
    }

    private static void optional(Map<String, Object> json, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            json.put(name, value.strip());
        }
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
