package dev.emporium.contracts.order;

import dev.emporium.contracts.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The order left the warehouse with a carrier. Topic {@code orders.orders}, key = orderId. */
@EventType(OrderShippedV1.TYPE)
public record OrderShippedV1(UUID orderId, String number, UUID customerId, List<OrderLineV1> lines, OrderTotalsV1 totals,
        String carrier, String trackingNumber, Instant shippedAt) {

    public static final String TYPE = "emporium.order.shipped.v1";
}
