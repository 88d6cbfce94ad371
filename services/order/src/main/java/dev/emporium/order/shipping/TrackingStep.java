package dev.emporium.order.shipping;

import java.time.Instant;

/**
 * One thing a carrier reports about a parcel: ACCEPTED, IN_TRANSIT, OUT_FOR_DELIVERY or DELIVERED, where and when.
 * The built-in carrier keeps the ones still to come as its durable jobs' data (JSON).
 */
public record TrackingStep(String trackingNumber, String status, String location, Instant at) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String IN_TRANSIT = "IN_TRANSIT";
    public static final String OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY";
    public static final String DELIVERED = "DELIVERED";
}
