package dev.emporium.contracts.order;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payment refunded money of the order (once per refund, when payment has done it). Topic {@code orders.orders},
 * key = orderId.
 *
 * @param amount         this refund, in the order's currency
 * @param refundedTotal  every refund of the order so far, this one included
 * @param capturedAmount what was captured: refundedTotal never exceeds it
 * @param reason         CANCELLED (the customer cancelled) or ADMIN (an admin's full or partial refund)
 * @param status         the order's status when the refund was done (REFUNDED once everything captured is refunded)
 */
@EventType(OrderRefundedV1.TYPE)
public record OrderRefundedV1(UUID orderId, String number, UUID customerId, List<OrderLineV1> lines, OrderTotalsV1 totals,
        UUID refundId, BigDecimal amount, BigDecimal refundedTotal, BigDecimal capturedAmount, String reason, String status,
        Instant refundedAt) {

    public static final String TYPE = "emporium.order.refunded.v1";
}
