package dev.emporium.cardprovider;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.emporium.payment.provider.AuthorizeCall;
import dev.emporium.payment.provider.CardDetails;
import dev.emporium.payment.provider.PaymentProvider;
import dev.emporium.payment.provider.ProviderOutcome;
import dev.emporium.payment.provider.ProviderOutcome.Status;
import dev.emporium.payment.provider.Tokenized;
import dev.emporium.payment.provider.WebhookEvent;
import dev.emporium.cardprovider.CardLedger.Authorization;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The built-in card provider: a simulated gateway with the well-known test cards (see {@link TestCards}), run in
 * the payment service's process but behaving as a remote one. Every call is idempotent by its key
 * ({@link ProviderIdempotency}), passes through the injected latency and faults ({@link CardProviderFaults}), and
 * tells what happened later by signed webhooks ({@link CardWebhooks}).
 */
public final class CardProvider implements PaymentProvider {

    public static final String NAME = "card";
    static final String EXPIRY_TASK = "card-confirmation-expiry";

    private final CardLedger ledger;
    private final ProviderIdempotency idempotency;
    private final CardProviderFaults faults;
    private final CardWebhooks webhooks;
    private final TransactionTemplate transactions;
    private final CardProviderProperties properties;
    private final Clock clock;
    private final OneTimeTask<String> expiry;
    private SchedulerClient scheduler;

    CardProvider(CardLedger ledger, ProviderIdempotency idempotency, CardProviderFaults faults, CardWebhooks webhooks,
            TransactionTemplate transactions, CardProviderProperties properties, Clock clock) {
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.faults = faults;
        this.webhooks = webhooks;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.expiry = Tasks.oneTime(EXPIRY_TASK, String.class).execute((instance, context) -> expire(instance.getData()));
    }

    OneTimeTask<String> expiryTask() {
        return expiry;
    }

    OneTimeTask<String> webhooksTask() {
        return webhooks.deliveryTask();
    }

    void scheduleWith(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tokenized tokenize(CardDetails card, String key) {
        String hash = idempotency.fingerprint("tokenize", card.number(), String.valueOf(card.expMonth()), String.valueOf(card.expYear()),
                String.valueOf(card.cvc()));
        return call("tokenize", () -> idempotency.once("tokenize", key, hash, Tokenized.class, () -> {
            String number = card.number() == null ? "" : card.number();
            String brand = number.matches("[0-9]{2,19}") ? TestCards.brandOf(number) : "unknown";
            String refusal = TestCards.refusalOf(number, card.expMonth(), card.expYear(), card.cvc(), clock);
            if (refusal != null) {
                return new Tokenized(null, brand, card.last4(), card.expMonth(), card.expYear(), refusal);
            }
            String token = "tok_" + id();
            ledger.insertCard(new CardLedger.Card(token, brand, card.last4(), card.expMonth(), card.expYear(),
                    TestCards.scenarioOf(number)), idempotency.fingerprint("card", number), clock.instant());
            return new Tokenized(token, brand, card.last4(), card.expMonth(), card.expYear(), null);
        }));
    }

    @Override
    public ProviderOutcome authorize(AuthorizeCall request, String key) {
        String hash = idempotency.fingerprint("authorize", request.token(), request.amount().stripTrailingZeros().toPlainString(),
                request.currency(), request.reference());
        return call("authorize", () -> idempotency.once("authorize", key, hash, ProviderOutcome.class, () -> {
            Optional<CardLedger.Card> card = ledger.card(request.token());
            if (card.isEmpty()) {
                return ProviderOutcome.failed(null, "invalid_token");
            }
            String id = "pay_" + id();
            Instant now = clock.instant();
            String declined = switch (card.get().scenario()) {
                case DECLINE -> "card_declined";
                case INSUFFICIENT_FUNDS -> "insufficient_funds";
                default -> null;
            };
            if (declined != null) {
                ledger.insertAuthorization(id, request.token(), request.amount(), request.currency(), "DECLINED", declined,
                        request.reference(), request.returnUrl(), null, now);
                return new ProviderOutcome(Status.DECLINED, id, declined, null, request.amount());
            }
            if (card.get().scenario() == TestCards.Scenario.REQUIRES_CONFIRMATION) {
                Instant expires = now.plus(properties.confirmationTtl());
                ledger.insertAuthorization(id, request.token(), request.amount(), request.currency(), "REQUIRES_CONFIRMATION", null,
                        request.reference(), request.returnUrl(), expires, now);
                scheduler.schedule(expiry.instance(id, id), expires);
                return new ProviderOutcome(Status.REQUIRES_ACTION, id, null, confirmationUrl(id), request.amount());
            }
            ledger.insertAuthorization(id, request.token(), request.amount(), request.currency(), "AUTHORIZED", null,
                    request.reference(), request.returnUrl(), null, now);
            webhooks.emit(WebhookEvent.AUTHORIZED, ledger.find(id).orElseThrow(), request.amount(), null, null, now);
            return ProviderOutcome.succeeded(id, request.amount());
        }));
    }

    @Override
    public ProviderOutcome capture(String paymentId, BigDecimal amount, String key) {
        String hash = idempotency.fingerprint("capture", paymentId, amount.stripTrailingZeros().toPlainString());
        return call("capture", () -> idempotency.once("capture", key, hash, ProviderOutcome.class, () -> {
            Authorization payment = ledger.lock(paymentId).orElse(null);
            if (payment == null) {
                return ProviderOutcome.failed(paymentId, "no_such_payment");
            }
            if (!payment.status().equals("AUTHORIZED")) {
                return ProviderOutcome.failed(paymentId, payment.status().equals("CAPTURED") ? "already_captured" : "not_authorized");
            }
            if (amount.compareTo(payment.amount()) > 0) {
                return ProviderOutcome.failed(paymentId, "amount_too_large");
            }
            ledger.capture(paymentId, amount);
            Instant now = clock.instant();
            webhooks.emit(WebhookEvent.CAPTURED, payment, amount, null, null, now);
            if (payment.scenario() == TestCards.Scenario.DISPUTE) {
                webhooks.emit(WebhookEvent.DISPUTED, payment, amount, "fraudulent", "dp_" + id(), now.plus(properties.disputeDelay()));
            }
            return ProviderOutcome.succeeded(paymentId, amount);
        }));
    }

    @Override
    public ProviderOutcome voidAuthorization(String paymentId, String key) {
        String hash = idempotency.fingerprint("void", paymentId);
        return call("void", () -> idempotency.once("void", key, hash, ProviderOutcome.class, () -> {
            Authorization payment = ledger.lock(paymentId).orElse(null);
            if (payment == null) {
                return ProviderOutcome.failed(paymentId, "no_such_payment");
            }
            switch (payment.status()) {
                case "AUTHORIZED", "REQUIRES_CONFIRMATION" -> {
                    ledger.setStatus(paymentId, "VOIDED", null);
                    webhooks.emit(WebhookEvent.VOIDED, payment, payment.amount(), null, null, clock.instant());
                    return ProviderOutcome.succeeded(paymentId, payment.amount());
                }
                case "CAPTURED" -> {
                    return ProviderOutcome.failed(paymentId, "already_captured");
                }
                default -> {
                    return ProviderOutcome.succeeded(paymentId, BigDecimal.ZERO); // nothing is held
                }
            }
        }));
    }

    @Override
    public ProviderOutcome refund(String paymentId, BigDecimal amount, String key) {
        String hash = idempotency.fingerprint("refund", paymentId, amount.stripTrailingZeros().toPlainString());
        return call("refund", () -> idempotency.once("refund", key, hash, ProviderOutcome.class, () -> {
            Authorization payment = ledger.lock(paymentId).orElse(null);
            if (payment == null || !payment.status().equals("CAPTURED")) {
                return ProviderOutcome.failed(paymentId, "not_captured");
            }
            if (payment.refunded().add(amount).compareTo(payment.captured()) > 0) {
                return ProviderOutcome.failed(paymentId, "amount_exceeds_captured");
            }
            String refundId = "re_" + id();
            ledger.refund(refundId, paymentId, amount, clock.instant());
            webhooks.emit(WebhookEvent.REFUNDED, payment, amount, null, refundId, clock.instant());
            return ProviderOutcome.succeeded(refundId, amount);
        }));
    }

    /** The customer's answer on the confirmation page; the payment as it is afterwards (empty: no such payment). */
    Optional<Authorization> confirm(String paymentId, boolean approved) {
        return transactions.execute(status -> {
            Optional<Authorization> payment = ledger.lock(paymentId);
            if (payment.isEmpty() || !payment.get().status().equals("REQUIRES_CONFIRMATION")) {
                return payment;
            }
            if (!payment.get().confirmationExpiresAt().isAfter(clock.instant())) {
                expireLocked(payment.get());
            } else if (approved) {
                ledger.setStatus(paymentId, "AUTHORIZED", null);
                webhooks.emit(WebhookEvent.AUTHORIZED, payment.get(), payment.get().amount(), null, null, clock.instant());
            } else {
                ledger.setStatus(paymentId, "DECLINED", "authentication_failed");
                webhooks.emit(WebhookEvent.AUTHENTICATION_FAILED, payment.get(), payment.get().amount(), "authentication_failed", null,
                        clock.instant());
            }
            return ledger.find(paymentId);
        });
    }

    Optional<Authorization> find(String paymentId) {
        return ledger.find(paymentId);
    }

    private void expire(String paymentId) {
        transactions.executeWithoutResult(status -> ledger.lock(paymentId)
                .filter(payment -> payment.status().equals("REQUIRES_CONFIRMATION"))
                .ifPresent(this::expireLocked));
    }

    private void expireLocked(Authorization payment) {
        ledger.setStatus(payment.id(), "EXPIRED", "authentication_expired");
        webhooks.emit(WebhookEvent.AUTHENTICATION_FAILED, payment, payment.amount(), "authentication_expired", null, clock.instant());
    }

    private String confirmationUrl(String paymentId) {
        return properties.publicUrl().replaceAll("/+$", "") + ConfirmationPage.PATH.replace("{paymentId}", paymentId);
    }

    private <T> T call(String operation, Supplier<T> work) {
        CardProviderFaults.Fault after = faults.before(operation);
        T result = work.get();
        faults.after(after);
        return result;
    }

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
