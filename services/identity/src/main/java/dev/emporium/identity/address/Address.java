package dev.emporium.identity.address;

import java.util.UUID;

/** A shipping or billing address of a user; {@code country} is ISO 3166-1 alpha-2. */
public record Address(UUID id, String fullName, String line1, String line2, String city, String postalCode, String region,
        String country, String phone) {
}
