package dev.emporium.contracts.order;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The payment was captured and the order is CONFIRMED: a sale. Topic {@code orders.orders}, key = orderId.
 *
 * @param capturedAmount what payment captured, in the order's currency
 */
@EventType(OrderConfirmedV1.TYPE)
public record OrderConfirmedV1(UUID orderId, String number, UUID customerId, List<OrderLineV1> lines, OrderTotalsV1 totals,
        BigDecimal capturedAmount, Instant confirmedAt) {

    public static final String TYPE = "emporium.order.confirmed.v1";
}
