package dev.emporium.payment.payment;

import dev.emporium.payment.provider.ProviderOutcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records what the provider answered (or notified), inside the caller's transaction, under the payment's row lock.
 * Each outcome is applied once: only a PENDING operation (or a payment still waiting for it) takes it, so the same
 * answer arriving from the request, a retry, the recovery task and a webhook changes the payment once, and a late
 * one never takes a payment back to an earlier state.
 */
@Component
public class PaymentOutcomes {

    private final Payments payments;
    private final PaymentEvents events;
    private final Clock clock;

    PaymentOutcomes(Payments payments, PaymentEvents events, Clock clock) {
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    public PaymentRow authorization(UUID id, ProviderOutcome outcome) {
        PaymentRow p = payments.lock(id).orElseThrow();
        boolean waiting = p.status().equals("PROCESSING")
                || (p.status().equals("REQUIRES_ACTION") && outcome.status() != ProviderOutcome.Status.REQUIRES_ACTION);
        if (!waiting) {
            return p;
        }
        String key = Keys.authorize(id);
        switch (outcome.status()) {
            case SUCCEEDED -> {
                payments.complete(key, "SUCCEEDED", outcome.providerReference(), null, clock.instant());
                payments.update(id, "AUTHORIZED", outcome.providerReference(), null, null, clock.instant());
                events.authorized(payments.find(id).orElseThrow());
            }
            case REQUIRES_ACTION -> {
                payments.complete(key, "REQUIRES_ACTION", outcome.providerReference(), null, clock.instant());
                payments.update(id, "REQUIRES_ACTION", outcome.providerReference(), null, outcome.nextActionUrl(), clock.instant());
            }
            case DECLINED, FAILED -> {
                String status = outcome.status() == ProviderOutcome.Status.DECLINED ? "DECLINED" : "FAILED";
                payments.complete(key, status, outcome.providerReference(), outcome.code(), clock.instant());
                payments.update(id, status, outcome.providerReference(), outcome.code(), null, clock.instant());
                events.failed(payments.find(id).orElseThrow(), status, outcome.code());
            }
        }
        return payments.find(id).orElseThrow();
    }

    public PaymentRow capture(UUID id, ProviderOutcome outcome) {
        PaymentRow p = payments.lock(id).orElseThrow();
        boolean succeeded = outcome.status() == ProviderOutcome.Status.SUCCEEDED;
        if (payments.complete(Keys.capture(id), succeeded ? "SUCCEEDED" : "FAILED", outcome.providerReference(), outcome.code(),
                clock.instant()) && succeeded && p.status().equals("AUTHORIZED")) {
            payments.setAmounts(id, "CAPTURED", outcome.amount(), BigDecimal.ZERO, clock.instant());
            events.captured(payments.find(id).orElseThrow(), outcome.amount());
        }
        return payments.find(id).orElseThrow();
    }

    public PaymentRow voided(UUID id, ProviderOutcome outcome) {
        PaymentRow p = payments.lock(id).orElseThrow();
        boolean succeeded = outcome.status() == ProviderOutcome.Status.SUCCEEDED;
        if (payments.complete(Keys.voidOf(id), succeeded ? "SUCCEEDED" : "FAILED", outcome.providerReference(), outcome.code(),
                clock.instant()) && succeeded && (p.status().equals("AUTHORIZED") || p.status().equals("REQUIRES_ACTION"))) {
            payments.update(id, "VOIDED", null, null, null, clock.instant());
            events.voided(payments.find(id).orElseThrow());
        }
        return payments.find(id).orElseThrow();
    }

    public PaymentRow refund(UUID id, UUID refundId, ProviderOutcome outcome) {
        PaymentRow p = payments.lock(id).orElseThrow();
        Operation operation = payments.refundOperation(refundId).orElseThrow();
        boolean succeeded = outcome.status() == ProviderOutcome.Status.SUCCEEDED;
        if (payments.complete(operation.idempotencyKey(), succeeded ? "SUCCEEDED" : "FAILED", outcome.providerReference(),
                outcome.code(), clock.instant()) && succeeded) {
            BigDecimal refunded = p.refundedAmount().add(operation.amount());
            String status = refunded.compareTo(p.capturedAmount()) >= 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
            payments.setAmounts(id, status, p.capturedAmount(), refunded, clock.instant());
            events.refunded(payments.find(id).orElseThrow(), refundId, operation.amount(), refunded);
        }
        return payments.find(id).orElseThrow();
    }

    /** A dispute the provider notified; once per dispute id. */
    public void dispute(UUID id, String disputeId, BigDecimal amount, String reason) {
        PaymentRow p = payments.lock(id).orElseThrow();
        if (payments.insertOperation(id, "DISPUTE", "SUCCEEDED", amount, "dispute:" + disputeId, null, disputeId, reason, null,
                clock.instant())) {
            payments.addDispute(id, amount, clock.instant());
            events.disputed(p, disputeId, amount, reason);
        }
    }
}
