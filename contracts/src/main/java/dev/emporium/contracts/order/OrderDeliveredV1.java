package dev.emporium.contracts.order;

import dev.emporium.contracts.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order reached the customer. Topic {@code orders.orders}, key = orderId.
 *
 * @param reportedBy CARRIER (the carrier's delivered event) or ADMIN (marked delivered by hand)
 */
@EventType(OrderDeliveredV1.TYPE)
public record OrderDeliveredV1(UUID orderId, String number, UUID customerId, List<OrderLineV1> lines, OrderTotalsV1 totals,
        String carrier, String trackingNumber, String reportedBy, Instant deliveredAt) {

    public static final String TYPE = "emporium.order.delivered.v1";
}
