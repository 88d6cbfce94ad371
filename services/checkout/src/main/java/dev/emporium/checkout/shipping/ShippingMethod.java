package dev.emporium.checkout.shipping;

/** How fast a parcel travels; each has its own rates per zone. */
public enum ShippingMethod {
    STANDARD, EXPRESS
}
