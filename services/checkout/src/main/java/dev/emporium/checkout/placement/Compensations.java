package dev.emporium.checkout.placement;

import dev.emporium.checkout.downstream.InternalApi;
import dev.emporium.checkout.inventory.InventoryClient;
import dev.emporium.checkout.payment.PaymentClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Undoing what a failed checkout did, newest first: cancel the order, void the payment (refund it if it was captured),
 * release the reservation. Each runs for every forward step that was started, even when its outcome is unknown, and
 * each is idempotent: an order, payment or reservation that never came to exist counts as undone (payment keeps a
 * tombstone for a void of an unknown id, so a late authorization is voided at once).
 */
@Component
class Compensations {

    private static final Logger log = LoggerFactory.getLogger(Compensations.class);

    private final OrderPlacement orders;
    private final PaymentClient payments;
    private final InventoryClient inventory;

    Compensations(OrderPlacement orders, PaymentClient payments, InventoryClient inventory) {
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
    }

    /** The compensations still to do, in order. */
    static List<CheckoutState.Compensation> pending(CheckoutState state) {
        return Stream.of(CheckoutState.Compensation.values())
                .filter(c -> state.step().reached(c.undoes) && !state.compensated().contains(c)).toList();
    }

    /** Does one; a service that does not answer throws {@link dev.emporium.checkout.downstream.DownstreamUnavailableException}. */
    void perform(CheckoutState.Compensation compensation, CheckoutState state) {
        try {
            switch (compensation) {
                case CANCEL_ORDER -> orders.cancel(state, state.failure() == null ? "CHECKOUT_FAILED" : state.failure().code());
                case VOID_PAYMENT -> voidOrRefund(state);
                case RELEASE_STOCK -> inventory.release(state.customerId(), state.reservationId());
            }
        } catch (InternalApi.Refused e) {
            if (e.status() != 404 && !"RESERVATION_COMMITTED".equals(e.code())) {
                // cannot be undone here (an order shipped meanwhile...): record it and go on, the log says what is left
                log.error("Compensation {} of checkout {} was refused: {}", compensation, state.id(), e.getMessage());
            }
            // 404: it never came to exist; RESERVATION_COMMITTED: the order's cancellation gives the units back
        }
    }

    private void voidOrRefund(CheckoutState state) {
        try {
            payments.voidPayment(state.customerId(), state.paymentId());
        } catch (InternalApi.Refused e) {
            if (!"PAYMENT_CAPTURED".equals(e.code())) {
                throw e;
            }
            UUID refundId = UUID.nameUUIDFromBytes(("checkout-refund:" + state.id()).getBytes(StandardCharsets.UTF_8));
            payments.refundAll(state.customerId(), state.paymentId(), refundId);
        }
    }
}
