package dev.emporium.payment.payment;

import dev.emporium.payment.PaymentProperties;
import dev.emporium.payment.provider.AuthorizeCall;
import dev.emporium.payment.provider.ProviderOutcome;
import dev.emporium.platform.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything after the authorization was asked for: its outcome, capture, void, refund. Each operation is one
 * pattern: under the payment's lock, check the state and record the operation PENDING with its key (a short
 * transaction); call the provider with no transaction open; record the outcome (another short one). A request that
 * finds the operation PENDING joins it with the same key, and so does {@link PaymentRecovery} after a crash.
 */
@Service
public class Settlements {

    public static final String PAYMENT_CAPTURED = "PAYMENT_CAPTURED";
    public static final String PAYMENT_VOIDED = "PAYMENT_VOIDED";
    public static final String PAYMENT_NOT_AUTHORIZED = "PAYMENT_NOT_AUTHORIZED";
    public static final String PAYMENT_NOT_CAPTURED = "PAYMENT_NOT_CAPTURED";
    public static final String REFUND_EXCEEDS_CAPTURED = "REFUND_EXCEEDS_CAPTURED";
    public static final String REFUND_ID_REUSED = "REFUND_ID_REUSED";

    private final Payments payments;
    private final PaymentOutcomes outcomes;
    private final ProviderCalls provider;
    private final TransactionTemplate transactions;
    private final PaymentProperties properties;
    private final Clock clock;

    Settlements(Payments payments, PaymentOutcomes outcomes, ProviderCalls provider, TransactionTemplate transactions,
            PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.outcomes = outcomes;
        this.provider = provider;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks the provider (again, with the same key) how the authorization went and records it; a void asked meanwhile follows. */
    public PaymentRow resolveAuthorization(UUID id) {
        PaymentRow p = payments.find(id).orElseThrow();
        ProviderOutcome outcome = provider.call(gateway -> gateway.authorize(
                new AuthorizeCall(p.cardToken(), p.amount(), p.currency(), id.toString(), p.returnUrl()), Keys.authorize(id)));
        PaymentRow after = transactions.execute(status -> outcomes.authorization(id, outcome));
        if (after.voidRequested() && (after.status().equals("AUTHORIZED") || after.status().equals("REQUIRES_ACTION"))) {
            voidPayment(id);
            return payments.find(id).orElseThrow();
        }
        return after;
    }

    public PaymentView capture(UUID id, PaymentRequests.Capture request) {
        boolean call = Boolean.TRUE.equals(transactions.execute(status -> {
            PaymentRow p = payments.lock(id).orElseThrow(() -> ApiException.notFound("Payment"));
            if (p.tombstone() || p.status().equals("VOIDED") || p.voidRequested()) {
                throw conflict(PAYMENT_VOIDED, "Payment " + id + " was voided");
            }
            if (request != null && request.orderId() != null) {
                payments.attachOrder(id, request.orderId());
            }
            if (p.isCaptured()) {
                return false;
            }
            var existing = payments.operation(Keys.capture(id));
            if (existing.isPresent()) {
                return existing.get().pending();
            }
            if (!p.status().equals("AUTHORIZED")) {
                throw conflict(PAYMENT_NOT_AUTHORIZED, "Payment " + id + " is " + p.status());
            }
            BigDecimal amount = request == null || request.amount() == null ? p.amount() : amountOf(request.amount(), p);
            if (amount.compareTo(p.amount()) > 0) {
                throw ApiException.invalidField("amount", "must be at most the authorized amount");
            }
            payments.insertOperation(id, "CAPTURE", "PENDING", amount, Keys.capture(id), null, null, null, retryAt(), clock.instant());
            return true;
        }));
        if (call) {
            finishCapture(id);
        }
        PaymentRow after = payments.find(id).orElseThrow();
        if (!after.isCaptured()) {
            String code = payments.operation(Keys.capture(id)).map(Operation::code).orElse(null);
            throw conflict(PAYMENT_NOT_AUTHORIZED, "The provider refused the capture" + (code == null ? "" : ": " + code));
        }
        return PaymentView.of(after);
    }

    void finishCapture(UUID id) {
        Operation operation = payments.operation(Keys.capture(id)).orElseThrow();
        if (!operation.pending()) {
            return;
        }
        String providerPaymentId = payments.find(id).orElseThrow().providerPaymentId();
        ProviderOutcome outcome = provider.call(gateway -> gateway.capture(providerPaymentId, operation.amount(), Keys.capture(id)));
        transactions.execute(status -> outcomes.capture(id, outcome));
    }

    /**
     * Releases the authorization. For an id no authorization has reached, a tombstone: a late one is answered VOIDED
     * and charges nothing. For one whose answer is still unknown, the void is remembered and follows the answer.
     */
    public PaymentView voidPayment(UUID id) {
        String next = transactions.execute(status -> {
            if (payments.lock(id).isEmpty()) {
                payments.insertTombstone(id, clock.instant());
            }
            PaymentRow p = payments.lock(id).orElseThrow();
            if (p.tombstone() || p.status().equals("VOIDED") || p.status().equals("DECLINED") || p.status().equals("FAILED")) {
                return "DONE";
            }
            if (p.isCaptured() || payments.operation(Keys.capture(id)).isPresent()) {
                throw conflict(PAYMENT_CAPTURED, "Payment " + id + " was captured; refund it instead");
            }
            payments.requestVoid(id);
            if (p.status().equals("PROCESSING")) {
                return "RESOLVE";
            }
            payments.insertOperation(id, "VOID", "PENDING", p.amount(), Keys.voidOf(id), null, null, null, retryAt(), clock.instant());
            return "VOID";
        });
        switch (next) {
            case "RESOLVE" -> resolveAuthorization(id);
            case "VOID" -> finishVoid(id);
            default -> {
            }
        }
        return PaymentView.of(payments.find(id).orElseThrow());
    }

    void finishVoid(UUID id) {
        Operation operation = payments.operation(Keys.voidOf(id)).orElseThrow();
        if (!operation.pending()) {
            return;
        }
        String providerPaymentId = payments.find(id).orElseThrow().providerPaymentId();
        ProviderOutcome outcome = provider.call(gateway -> gateway.voidAuthorization(providerPaymentId, Keys.voidOf(id)));
        PaymentRow after = transactions.execute(status -> outcomes.voided(id, outcome));
        if (outcome.status() != ProviderOutcome.Status.SUCCEEDED && after.isCaptured()) {
            throw conflict(PAYMENT_CAPTURED, "Payment " + id + " was captured; refund it instead");
        }
    }

    /** Never more than captured minus refunded, counting refunds still waiting for the provider's answer. */
    public RefundResult refund(UUID id, PaymentRequests.Refund request) {
        Operation operation = transactions.execute(status -> {
            PaymentRow p = payments.lock(id).filter(found -> !found.tombstone()).orElseThrow(() -> ApiException.notFound("Payment"));
            var existing = payments.refundOperation(request.refundId());
            if (existing.isPresent()) {
                if (!existing.get().paymentId().equals(id)
                        || (request.amount() != null && request.amount().amount().compareTo(existing.get().amount()) != 0)) {
                    throw conflict(REFUND_ID_REUSED, "Refund " + request.refundId() + " exists with another payment or amount");
                }
                return existing.get();
            }
            if (!p.isCaptured()) {
                throw conflict(PAYMENT_NOT_CAPTURED, "Payment " + id + " is " + p.status() + "; only a captured payment is refunded");
            }
            BigDecimal refundable = p.capturedAmount().subtract(p.refundedAmount()).subtract(payments.pendingRefunds(id));
            BigDecimal amount = request.amount() == null ? refundable : amountOf(request.amount(), p);
            if (amount.signum() <= 0 || amount.compareTo(refundable) > 0) {
                throw new ApiException(HttpStatus.CONFLICT, REFUND_EXCEEDS_CAPTURED, "At most " + refundable.stripTrailingZeros()
                        .toPlainString() + " " + p.currency() + " can still be refunded",
                        Map.of("refundable", PaymentView.money(refundable.max(BigDecimal.ZERO), p.currency())));
            }
            payments.insertOperation(id, "REFUND", "PENDING", amount, Keys.refund(request.refundId()), request.refundId(), null, null,
                    retryAt(), clock.instant());
            return payments.refundOperation(request.refundId()).orElseThrow();
        });
        if (operation.pending()) {
            finishRefund(id, operation);
        }
        Operation after = payments.refundOperation(request.refundId()).orElseThrow();
        PaymentRow p = payments.find(id).orElseThrow();
        return new RefundResult(new RefundResult.Refund(after.refundId(), PaymentView.money(after.amount(), p.currency()),
                after.status(), after.code()), PaymentView.of(p));
    }

    void finishRefund(UUID id, Operation operation) {
        String providerPaymentId = payments.find(id).orElseThrow().providerPaymentId();
        ProviderOutcome outcome = provider.call(gateway -> gateway.refund(providerPaymentId, operation.amount(), operation.idempotencyKey()));
        transactions.execute(status -> outcomes.refund(id, operation.refundId(), outcome));
    }

    private static BigDecimal amountOf(dev.emporium.platform.money.Money money, PaymentRow p) {
        if (!money.currency().equals(p.currency())) {
            throw ApiException.invalidField("amount.currency", "must be the payment's currency, " + p.currency());
        }
        if (money.amount().signum() <= 0) {
            throw ApiException.invalidField("amount.amount", "must be positive");
        }
        return money.amount();
    }

    private Instant retryAt() {
        return clock.instant().plus(properties.recovery().grace());
    }

    private static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }
}
