package dev.emporium.checkout.placement;

/**
 * The place-order saga's forward steps, in order (SAGA.md). Each is persisted as STARTED before its call; a step at
 * or after {@link #CAPTURE_PAYMENT} is past the point of no return: from there the saga only goes forward.
 */
public enum Step {
    /** Read the cart and price it from the catalog read model (PRICE_CHANGED, PRODUCT_UNAVAILABLE, CART_EMPTY). */
    PRICE_CART,
    RESERVE_STOCK,
    AUTHORIZE_PAYMENT,
    CREATE_ORDER,
    COMMIT_RESERVATION,
    CAPTURE_PAYMENT,
    CONFIRM_ORDER,
    EMPTY_CART;

    public boolean isPastPointOfNoReturn() {
        return compareTo(CAPTURE_PAYMENT) >= 0;
    }

    /** The step after this one, or {@code null} after the last. */
    public Step next() {
        return this == EMPTY_CART ? null : values()[ordinal() + 1];
    }

    /** Whether the saga got as far as starting {@code step} (so its effect may exist and must be undone). */
    public boolean reached(Step step) {
        return compareTo(step) >= 0;
    }
}
