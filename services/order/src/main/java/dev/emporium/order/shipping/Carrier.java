package dev.emporium.order.shipping;

import java.util.UUID;

/**
 * The port to a carrier. Shipping hands the parcel over and gets a tracking number; the carrier reports the parcel's
 * progress later, asynchronously, to {@link TrackingUpdates} (the built-in carrier from durable jobs, a real one from
 * its webhooks).
 */
public interface Carrier {

    /** The name admins ship with, e.g. {@code EMPORIUM_POST}. */
    String code();

    /**
     * Called in the transaction that marks the order SHIPPED: whatever the carrier records here must commit or roll
     * back with it.
     */
    Shipment ship(Parcel parcel);

    /** What the carrier needs of the order. */
    record Parcel(UUID orderId, String orderNumber, String city, String country) {
    }

    record Shipment(String trackingNumber) {
    }
}
