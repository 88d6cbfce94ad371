package dev.emporium.order.shipping;

import dev.emporium.order.order.OrderEvents;
import dev.emporium.order.order.OrderStatus;
import dev.emporium.order.order.Orders;
import dev.emporium.order.order.StoredOrder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What carriers report about shipments. Each report is kept once per (tracking number, status), so a report sent
 * twice changes nothing; the carrier's DELIVERED makes a SHIPPED order DELIVERED (with its event), under the order's
 * row lock like every other change of it.
 */
@Component
public class TrackingUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingUpdates.class);

    public record TrackingEvent(String status, Instant at, String location) {
    }

    private final JdbcClient jdbc;
    private final Orders orders;
    private final OrderEvents events;

    TrackingUpdates(JdbcClient jdbc, Orders orders, OrderEvents events) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.events = events;
    }

    @Transactional
    public void record(TrackingStep step) {
        StoredOrder order = orders.lockByTrackingNumber(step.trackingNumber()).orElse(null);
        if (order == null) {
            LOG.warn("Tracking report for unknown tracking number {} ignored", step.trackingNumber());
            return;
        }
        int added = jdbc.sql("""
                INSERT INTO tracking_event (order_id, tracking_number, status, location, at) VALUES (:order, :tracking, :status, :location, :at)
                ON CONFLICT (tracking_number, status) DO NOTHING""")
                .param("order", order.id()).param("tracking", step.trackingNumber()).param("status", step.status())
                .param("location", step.location()).param("at", Timestamp.from(step.at())).update();
        if (added == 1 && TrackingStep.DELIVERED.equals(step.status()) && order.status() == OrderStatus.SHIPPED) {
            orders.changeStatus(order.id(), OrderStatus.DELIVERED, step.at(), "carrier:" + order.carrier(), null);
            events.delivered(order, "CARRIER", step.at());
        }
    }

    public List<TrackingEvent> of(UUID orderId) {
        return jdbc.sql("SELECT status, at, location FROM tracking_event WHERE order_id = :order ORDER BY at, id")
                .param("order", orderId)
                .query((rs, row) -> new TrackingEvent(rs.getString("status"), rs.getTimestamp("at").toInstant(), rs.getString("location")))
                .list();
    }
}
