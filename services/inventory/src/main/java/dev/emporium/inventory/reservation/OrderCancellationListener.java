package dev.emporium.inventory.reservation;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.order.OrderCancelledV1;
import dev.emporium.inventory.reservation.Reservations.Allocation;
import dev.emporium.inventory.reservation.Reservations.Stored;
import dev.emporium.inventory.stock.MovementReason;
import dev.emporium.inventory.stock.StockEvents;
import dev.emporium.inventory.stock.StockLedger;
import dev.emporium.platform.events.EventInbox;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An order cancelled before it shipped ({@code emporium.order.cancelled.v1} on {@code orders.orders}) gives its units
 * back: a reservation that was committed (the units had left the shop) puts each allocation back where it was taken
 * from, as RETURNED movements referencing the reservation; one still held is released. Once per event (the inbox, in
 * the same transaction), and the order service publishes one cancellation per order (CANCELLED is final), so the
 * units come back once. Other order events, and reservations inventory does not know, are ignored.
 */
@Component
class OrderCancellationListener {

    static final String CONSUMER = "inventory-order-cancellations";
    static final String ACTOR = "order";

    private final EventInbox inbox;
    private final Reservations reservations;
    private final ReservationService reservationService;
    private final StockLedger ledger;
    private final StockEvents events;

    OrderCancellationListener(EventInbox inbox, Reservations reservations, ReservationService reservationService, StockLedger ledger,
            StockEvents events) {
        this.inbox = inbox;
        this.reservations = reservations;
        this.reservationService = reservationService;
        this.ledger = ledger;
        this.events = events;
    }

    @KafkaListener(topics = Topics.ORDERS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce(CONSUMER, record, event -> {
            if (OrderCancelledV1.TYPE.equals(event.type())) {
                OrderCancelledV1 cancelled = event.data(OrderCancelledV1.class);
                if (cancelled.reservationId() != null) {
                    giveBack(cancelled.reservationId());
                }
            }
        });
    }

    private void giveBack(UUID reservationId) {
        Stored reservation = reservations.lock(reservationId).orElse(null);
        if (reservation == null) {
            return;
        }
        switch (reservation.status()) {
            case "RESERVED" -> reservationService.release(reservationId, ACTOR);
            case "COMMITTED" -> restock(reservationId);
            default -> {
                // released or expired: nothing is held, nothing left the shop
            }
        }
    }

    private void restock(UUID reservationId) {
        List<Allocation> allocations = reservations.allocations(List.of(reservationId));
        TreeSet<String> skus = allocations.stream().map(Allocation::sku).collect(Collectors.toCollection(TreeSet::new));
        if (skus.isEmpty()) {
            return;
        }
        ledger.lock(skus);
        for (Allocation allocation : allocations) {
            ledger.apply(allocation.sku(), allocation.locationId(), allocation.quantity(), 0, MovementReason.RETURNED, ACTOR,
                    reservationId.toString());
        }
        events.publish(skus);
    }
}
