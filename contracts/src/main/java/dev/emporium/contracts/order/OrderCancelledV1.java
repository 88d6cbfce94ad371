package dev.emporium.contracts.order;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The order was cancelled before it shipped: by checkout compensating a failed checkout (from PENDING), or by the
 * customer (from CONFIRMED). Topic {@code orders.orders}, key = orderId.
 *
 * @param previousStatus PENDING or CONFIRMED: a CONFIRMED order's units had left the stock and go back
 * @param reservationId  the inventory reservation of the order's units, when checkout made one
 * @param refundAmount   what the order service refunds of the captured payment (0 when nothing was captured)
 * @param cancelledBy    CUSTOMER or CHECKOUT
 */
@EventType(OrderCancelledV1.TYPE)
public record OrderCancelledV1(UUID orderId, String number, UUID customerId, List<OrderLineV1> lines, OrderTotalsV1 totals,
        String previousStatus, @Nullable UUID reservationId, BigDecimal refundAmount, String cancelledBy, String reason,
        Instant cancelledAt) {

    public static final String TYPE = "emporium.order.cancelled.v1";
}
