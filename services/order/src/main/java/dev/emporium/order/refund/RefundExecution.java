package dev.emporium.order.refund;

import dev.emporium.order.order.OrderEvents;
import dev.emporium.order.order.Orders;
import dev.emporium.order.order.StoredOrder;
import dev.emporium.order.refund.PaymentGateway.PaymentUnavailableException;
import dev.emporium.order.refund.PaymentGateway.RefundResult;
import dev.emporium.order.refund.PaymentGateway.Refunded;
import dev.emporium.order.refund.PaymentGateway.Refused;
import dev.emporium.order.refund.Refunds.Refund;
import dev.emporium.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes one recorded refund at payment. The call happens outside any transaction (no connection or lock is held
 * while payment answers); its outcome is written under the order's row lock, once: a second run (a retry after a
 * crash, a replica that thought the first dead) finds the refund settled and changes nothing, and payment, given the
 * same refund id, does not refund twice.
 */
@Component
class RefundExecution {

    private static final Logger LOG = LoggerFactory.getLogger(RefundExecution.class);

    private final Refunds refunds;
    private final Orders orders;
    private final PaymentGateway payment;
    private final OrderEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RefundExecution(Refunds refunds, Orders orders, PaymentGateway payment, OrderEvents events, TransactionTemplate transactions,
            Clock clock) {
        this.refunds = refunds;
        this.orders = orders;
        this.payment = payment;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws PaymentUnavailableException when payment could not take it now: the job tries again later */
    void run(UUID refundId) {
        Refund refund = refunds.find(refundId).orElse(null);
        if (refund == null || !"PENDING".equals(refund.status())) {
            return;
        }
        StoredOrder order = orders.find(refund.orderId()).orElseThrow();
        RefundResult result;
        if (order.paymentId() == null) {
            result = new Refused("NO_PAYMENT", "Order " + order.number() + " has no payment to refund");
        } else {
            try {
                result = payment.refund(order.paymentId(), refundId, new Money(refund.amount(), order.currency()));
            } catch (PaymentUnavailableException e) {
                transactions.executeWithoutResult(status -> refunds.recordAttempt(refundId, e.getMessage()));
                throw e;
            }
        }
        transactions.executeWithoutResult(status -> settle(refund, result));
    }

    private void settle(Refund refund, RefundResult result) {
        StoredOrder order = orders.lock(refund.orderId()).orElseThrow();
        Instant now = clock.instant();
        switch (result) {
            case Refunded refunded -> {
                if (refunds.settle(refund.id(), "SUCCEEDED", null, now)) {
                    if (refunded.paymentStatus() != null) {
                        orders.updatePaymentStatus(order.id(), refunded.paymentStatus());
                    }
                    events.refunded(order, refund.id(), refund.amount(), refunds.succeededTotal(order.id()), refund.reason(), null, now);
                }
            }
            case Refused refused -> {
                if (refunds.settle(refund.id(), "FAILED", refused.detail(), now)) {
                    // the amount was counted as refunded when the refund was decided; it was not, so it is refundable again
                    orders.addRefunded(order.id(), refund.amount().negate());
                    LOG.error("Refund {} of order {} ({} {}) refused by payment: {}; it needs an operator", refund.id(),
                            order.number(), refund.amount().toPlainString(), order.currency(), refused.detail());
                }
            }
        }
    }
}
