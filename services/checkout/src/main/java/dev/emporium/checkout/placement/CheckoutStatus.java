package dev.emporium.checkout.placement;

/** Where a checkout stands, as its customer sees it. */
public enum CheckoutStatus {
    PROCESSING, AWAITING_PAYMENT, COMPLETED, FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
