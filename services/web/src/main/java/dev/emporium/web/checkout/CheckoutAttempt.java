package dev.emporium.web.checkout;

import dev.emporium.web.address.AddressForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at checking out, kept in the session: the {@code Idempotency-Key} checkout gets for it, and the
 * customer's choices so far (address, method), so the page keeps them across re-quotes and reloads. Never the card.
 *
 * @param addressId a saved address's id, {@link CheckoutForm#NEW_ADDRESS}, or null before any choice
 */
record CheckoutAttempt(UUID key, @Nullable String addressId, AddressForm address, String shippingMethod, boolean saveAddress)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static CheckoutAttempt fresh() {
        return new CheckoutAttempt(UUID.randomUUID(), null, AddressForm.empty(), "STANDARD", false);
    }

    CheckoutAttempt choosing(CheckoutForm form) {
        return new CheckoutAttempt(key, form.newAddress() ? CheckoutForm.NEW_ADDRESS : form.addressId(), form.address(),
                form.method(), form.saving());
    }

    CheckoutAttempt withNewKey() {
        return new CheckoutAttempt(UUID.randomUUID(), addressId, address, shippingMethod, saveAddress);
    }
}
