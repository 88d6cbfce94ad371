package dev.emporium.web.address;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An address of the customer's address book, as identity keeps it ({@code GET /api/v1/users/me/addresses}). */
public record Address(UUID id, String fullName, String line1, @Nullable String line2, String city, String postalCode,
        @Nullable String region, String country, @Nullable String phone) {

    /** Its fields as a form holds them (for checkout, which takes the address itself, not its id). */
    public AddressForm fields() {
        return new AddressForm(fullName, line1, line2, city, postalCode, region, country, phone);
    }
}
