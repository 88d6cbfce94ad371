package dev.emporium.order.order;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.order.OrderCancelledV1;
import dev.emporium.contracts.order.OrderConfirmedV1;
import dev.emporium.contracts.order.OrderDeliveredV1;
import dev.emporium.contracts.order.OrderLineV1;
import dev.emporium.contracts.order.OrderPlacedV1;
import dev.emporium.contracts.order.OrderRefundedV1;
import dev.emporium.contracts.order.OrderShippedV1;
import dev.emporium.contracts.order.OrderTotalsV1;
import dev.emporium.platform.events.EventPublisher;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Publishes an order's events to {@code orders.orders} (key = order id) through the outbox, inside the transaction
 * that changed the order, which holds the order's row lock: one order's events go out in the order of its changes.
 * Each carries the customer, the lines with product ids and prices, and the totals in the order's currency.
 */
@Component
public class OrderEvents {

    private final EventPublisher events;
    private final Orders orders;

    OrderEvents(EventPublisher events, Orders orders) {
        this.events = events;
        this.orders = orders;
    }

    void placed(StoredOrder order, String shippingCountry) {
        publish(order, new OrderPlacedV1(order.id(), order.number(), order.customerId(), order.checkoutId(), lines(order),
                totals(order), order.shippingMethod(), shippingCountry, order.createdAt()));
    }

    void confirmed(StoredOrder order, BigDecimal captured, Instant at) {
        publish(order, new OrderConfirmedV1(order.id(), order.number(), order.customerId(), lines(order), totals(order), captured, at));
    }

    void cancelled(StoredOrder order, BigDecimal refundAmount, String cancelledBy, String reason, Instant at) {
        publish(order, new OrderCancelledV1(order.id(), order.number(), order.customerId(), lines(order), totals(order),
                order.status().name(), order.reservationId(), refundAmount, cancelledBy, reason, at));
    }

    void shipped(StoredOrder order, String carrier, String trackingNumber, Instant at) {
        publish(order, new OrderShippedV1(order.id(), order.number(), order.customerId(), lines(order), totals(order), carrier,
                trackingNumber, at));
    }

    public void delivered(StoredOrder order, String reportedBy, Instant at) {
        publish(order, new OrderDeliveredV1(order.id(), order.number(), order.customerId(), lines(order), totals(order),
                String.valueOf(order.carrier()), String.valueOf(order.trackingNumber()), reportedBy, at));
    }

    public void refunded(StoredOrder order, UUID refundId, BigDecimal amount, BigDecimal refundedTotal, String reason,
            @Nullable OrderStatus status, Instant at) {
        publish(order, new OrderRefundedV1(order.id(), order.number(), order.customerId(), lines(order), totals(order), refundId,
                amount, refundedTotal, order.capturedAmount(), reason, (status == null ? order.status() : status).name(), at));
    }

    private void publish(StoredOrder order, Object event) {
        events.publish(Topics.ORDERS, order.id().toString(), event);
    }

    private List<OrderLineV1> lines(StoredOrder order) {
        return orders.lines(order.id()).stream()
                .map(l -> new OrderLineV1(l.productId(), l.sku(), l.name(), l.quantity(), l.unitPrice(), l.lineTotal())).toList();
    }

    private static OrderTotalsV1 totals(StoredOrder order) {
        return new OrderTotalsV1(order.subtotal(), order.shipping(), order.tax(), order.total(), order.currency());
    }
}
