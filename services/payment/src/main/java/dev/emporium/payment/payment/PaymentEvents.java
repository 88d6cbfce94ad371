package dev.emporium.payment.payment;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.payment.PaymentAuthorizedV1;
import dev.emporium.contracts.payment.PaymentCapturedV1;
import dev.emporium.contracts.payment.PaymentDisputedV1;
import dev.emporium.contracts.payment.PaymentFailedV1;
import dev.emporium.contracts.payment.PaymentRefundedV1;
import dev.emporium.contracts.payment.PaymentVoidedV1;
import dev.emporium.platform.events.EventPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes to {@code payments.payments} (key = paymentId) in the transaction that changed the payment. */
@Component
public class PaymentEvents {

    private final EventPublisher events;
    private final Clock clock;

    PaymentEvents(EventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void authorized(PaymentRow p) {
        publish(p, new PaymentAuthorizedV1(p.id(), p.orderId(), p.reference(), p.customerId(), p.amount(), p.currency(), p.cardBrand(),
                p.cardLast4(), clock.instant()));
    }

    void captured(PaymentRow p, BigDecimal captured) {
        publish(p, new PaymentCapturedV1(p.id(), p.orderId(), p.reference(), p.customerId(), p.amount(), captured, p.currency(), clock.instant()));
    }

    void voided(PaymentRow p) {
        publish(p, new PaymentVoidedV1(p.id(), p.orderId(), p.reference(), p.customerId(), p.amount(), p.currency(), clock.instant()));
    }

    void refunded(PaymentRow p, UUID refundId, BigDecimal amount, BigDecimal refundedTotal) {
        publish(p, new PaymentRefundedV1(p.id(), p.orderId(), p.reference(), p.customerId(), refundId, amount, refundedTotal,
                p.capturedAmount(), p.currency(), clock.instant()));
    }

    void failed(PaymentRow p, String status, String code) {
        publish(p, new PaymentFailedV1(p.id(), p.orderId(), p.reference(), p.customerId(), p.amount(), p.currency(), status,
                code == null ? "unknown" : code, clock.instant()));
    }

    void disputed(PaymentRow p, String disputeId, BigDecimal amount, String reason) {
        publish(p, new PaymentDisputedV1(p.id(), p.orderId(), p.reference(), p.customerId(), disputeId, amount, p.currency(), reason,
                clock.instant()));
    }

    private void publish(PaymentRow p, Object event) {
        events.publish(Topics.PAYMENTS, p.id().toString(), event);
    }
}
