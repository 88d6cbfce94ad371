package dev.emporium.checkout.address;

import dev.emporium.platform.web.ApiException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What shipping and tax need of an address: the country and, in the United States, the state. Refuses (400, naming
 * the field) a country that does not exist and a US address without the code of a state.
 *
 * @param state the US state's (or DC's) code; null elsewhere
 */
public record Destination(String country, @Nullable String state) {

    /** The member states of the European Union (ISO 3166-1 alpha-2; Greece is GR, not the EU's own EL), 2025. */
    public static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** The 50 states and the District of Columbia (USPS codes); territories have country codes of their own (PR, GU...). */
    public static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
            "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** @param field the address's field name in the request, e.g. {@code shippingAddress} */
    public static Destination of(ShippingAddress address, String field) {
        if (!COUNTRIES.contains(address.country())) {
            throw ApiException.invalidField(field + ".country", "must be an existing ISO 3166-1 alpha-2 country code");
        }
        if (!"US".equals(address.country())) {
            return new Destination(address.country(), null);
        }
        String state = address.region() == null ? "" : address.region().strip().toUpperCase(Locale.ROOT);
        if (!US_STATES.contains(state)) {
            throw ApiException.invalidField(field + ".region", "must be the two-letter code of a US state or DC, such as CA");
        }
        return new Destination("US", state);
    }

    public boolean inUnitedStates() {
        return state != null;
    }

    public boolean inEuropeanUnion() {
        return EU_MEMBERS.contains(country);
    }
}
