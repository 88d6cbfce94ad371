package dev.emporium.contracts.order;

import dev.emporium.contracts.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Checkout created the order (status PENDING: payment not captured yet). Topic {@code orders.orders}, key = orderId.
 *
 * @param number          the human-friendly order number, {@code EM-<year>-<6 digits>}
 * @param shippingCountry ISO 3166-1 alpha-2 country the order ships to
 */
@EventType(OrderPlacedV1.TYPE)
public record OrderPlacedV1(UUID orderId, String number, UUID customerId, UUID checkoutId, List<OrderLineV1> lines,
        OrderTotalsV1 totals, String shippingMethod, String shippingCountry, Instant placedAt) {

    public static final String TYPE = "emporium.order.placed.v1";
}
