package dev.emporium.order.refund;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.emporium.order.order.Orders;
import dev.emporium.order.order.StoredOrder;
import dev.emporium.platform.web.ApiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides refunds: inside the caller's transaction, which holds the order's row lock, it checks the amount against
 * what is captured and not refunded yet, records the refund, counts it as refunded and schedules the job that
 * executes it at payment. Because all of it commits or none, a refund is never lost (the job survives a crash) and
 * never overshoots: concurrent refunds of one order queue on its row lock, and each sees the others' amounts.
 */
@Component
public class RefundLedger {

    public static final String REFUND_EXCEEDS_CAPTURED = "REFUND_EXCEEDS_CAPTURED";

    private final Refunds refunds;
    private final Orders orders;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> refundTask;

    RefundLedger(Refunds refunds, Orders orders, SchedulerClient scheduler, OneTimeTask<Void> refundTask) {
        this.refunds = refunds;
        this.orders = orders;
        this.scheduler = scheduler;
        this.refundTask = refundTask;
    }

    /**
     * @param order  the order, locked by the caller's transaction
     * @param amount positive, at most {@link StoredOrder#refundable()}
     * @return the refund's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID record(StoredOrder order, BigDecimal amount, String reason, String requestedBy, Instant now) {
        if (amount.signum() <= 0) {
            throw exceeds(order, amount);
        }
        if (amount.compareTo(order.refundable()) > 0) {
            throw exceeds(order, amount);
        }
        UUID id = UUID.randomUUID();
        refunds.insert(id, order.id(), amount, reason, requestedBy, now);
        orders.addRefunded(order.id(), amount);
        scheduler.schedule(refundTask.instance(id.toString()), now);
        return id;
    }

    /** 409: more than is captured and not refunded yet (nothing at all, for an order refunded in full). */
    public ApiException exceeds(StoredOrder order, BigDecimal asked) {
        return new ApiException(HttpStatus.CONFLICT, REFUND_EXCEEDS_CAPTURED, "Order " + order.number() + " has "
                + order.refundable().toPlainString() + " " + order.currency() + " captured and not refunded; "
                + asked.toPlainString() + " asked", Map.of("refundable", order.refundable().toPlainString()));
    }
}
