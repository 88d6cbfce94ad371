package dev.emporium.web.checkout;

import dev.emporium.web.address.AddressForm;
import org.jspecify.annotations.Nullable;

/**
 * The checkout page's one form: the attempt's key, where to ship (a saved address's id, or {@value #NEW_ADDRESS}
 * with the address's fields), how fast, the card, and (after prices changed) the total the customer agreed to.
 * Every field is text, checked by {@link CheckoutChecks}. The card fields are never written back into a page, kept
 * in the session or printed: {@link #toString()} leaves them out and {@link #withoutCard()} drops them.
 *
 * @param key          the attempt's idempotency key, as the page was given it
 * @param confirmTotal the total shown after {@code PRICE_CHANGED}, which the customer confirms by submitting again
 */
public record CheckoutForm(@Nullable String key, @Nullable String addressId, @Nullable String fullName, @Nullable String line1,
        @Nullable String line2, @Nullable String city, @Nullable String postalCode, @Nullable String region,
        @Nullable String country, @Nullable String phone, @Nullable String saveAddress, @Nullable String shippingMethod,
        @Nullable String cardNumber, @Nullable String expMonth, @Nullable String expYear, @Nullable String cvc,
        @Nullable String confirmTotal) {

    public static final String NEW_ADDRESS = "new";

    /** The form as a page shows it: the choices, never the card. */
    static CheckoutForm of(CheckoutAttempt attempt, @Nullable String confirmTotal) {
        AddressForm address = attempt.address();
        return new CheckoutForm(attempt.key().toString(), attempt.addressId(), address.fullName(), address.line1(),
                address.line2(), address.city(), address.postalCode(), address.region(), address.country(), address.phone(),
                attempt.saveAddress() ? "true" : null, attempt.shippingMethod(), null, null, null, null, confirmTotal);
    }

    public AddressForm address() {
        return new AddressForm(fullName, line1, line2, city, postalCode, region, country, phone);
    }

    public boolean newAddress() {
        return addressId == null || NEW_ADDRESS.equals(addressId);
    }

    public boolean saving() {
        return saveAddress != null && !saveAddress.isBlank() && !"false".equals(saveAddress);
    }

    /** STANDARD or EXPRESS; STANDARD for anything else. */
    public String method() {
        return "EXPRESS".equals(shippingMethod) ? "EXPRESS" : "STANDARD";
    }

    public CheckoutForm withoutCard() {
        return new CheckoutForm(key, addressId, fullName, line1, line2, city, postalCode, region, country, phone, saveAddress,
                shippingMethod, null, null, null, null, confirmTotal);
    }

    public CheckoutForm withKey(String newKey, @Nullable String total) {
        return new CheckoutForm(newKey, addressId, fullName, line1, line2, city, postalCode, region, country, phone, saveAddress,
                shippingMethod, null, null, null, null, total);
    }

    @Override
    public String toString() {
        return "CheckoutForm[addressId=" + addressId + ", shippingMethod=" + shippingMethod + ", card=withheld]";
    }
}
