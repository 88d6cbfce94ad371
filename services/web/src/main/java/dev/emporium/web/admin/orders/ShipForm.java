package dev.emporium.web.admin.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The carrier taking the parcel (order's built-in one is {@code EMPORIUM_POST}). */
public record ShipForm(@NotBlank(message = "{admin.ship.carrier}") @Size(max = 40, message = "{admin.ship.carrier}") String carrier) {

    static final java.util.List<String> CARRIERS = java.util.List.of("EMPORIUM_POST");

    static ShipForm empty() {
        return new ShipForm(CARRIERS.getFirst());
    }
}
