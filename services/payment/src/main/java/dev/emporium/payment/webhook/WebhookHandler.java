package dev.emporium.payment.webhook;

import dev.emporium.payment.PaymentProperties;
import dev.emporium.payment.payment.PaymentOutcomes;
import dev.emporium.payment.payment.PaymentRow;
import dev.emporium.payment.payment.Payments;
import dev.emporium.payment.payment.Settlements;
import dev.emporium.payment.provider.ProviderOutcome;
import dev.emporium.payment.provider.WebhookEvent;
import dev.emporium.payment.provider.WebhookSignature;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies, deduplicates and applies provider webhooks. The event id is recorded in the transaction that applies
 * it, so a second delivery (or a replay) has no effect, also when two arrive at once. Effects go through
 * {@link PaymentOutcomes}, which only moves a payment forward.
 */
@Service
public class WebhookHandler {

    public static final String WEBHOOK_SIGNATURE_INVALID = "WEBHOOK_SIGNATURE_INVALID";
    public static final String WEBHOOK_STALE = "WEBHOOK_STALE";
    public static final String WEBHOOK_REPLAYED = "WEBHOOK_REPLAYED";

    private final PaymentProperties properties;
    private final Payments payments;
    private final PaymentOutcomes outcomes;
    private final Settlements settlements;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    WebhookHandler(PaymentProperties properties, Payments payments, PaymentOutcomes outcomes, Settlements settlements, JdbcClient jdbc,
            TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.payments = payments;
        this.outcomes = outcomes;
        this.settlements = settlements;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    public Map<String, Object> receive(String provider, String signature, byte[] body) {
        String secret = properties.webhookSecrets().get(provider);
        if (secret == null) {
            throw ApiException.notFound("Provider");
        }
        WebhookSignature.verify(signature, body, secret, clock.instant(), properties.webhookTolerance()).ifPresent(failure -> {
            throw failure == WebhookSignature.Failure.STALE
                    ? new ApiException(HttpStatus.UNAUTHORIZED, WEBHOOK_STALE, "The signature's timestamp is outside the replay window")
                    : new ApiException(HttpStatus.UNAUTHORIZED, WEBHOOK_SIGNATURE_INVALID, "The webhook is not signed with the provider's secret");
        });
        WebhookEvent event;
        try {
            event = json.readValue(body, WebhookEvent.class);
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, "The webhook body is not a provider event");
        }
        if (event.id() == null || event.type() == null || event.data() == null || event.data().paymentId() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, "The webhook body is not a provider event");
        }
        Optional<UUID> voidNow = transactions.execute(status -> apply(provider, event));
        voidNow.ifPresent(id -> {
            try {
                settlements.voidPayment(id);
            } catch (ApiException e) {
                // the recovery task or the caller's retry completes it
            }
        });
        return Map.of("received", true, "eventId", event.id());
    }

    /** Applies the event once; returns a payment to void afterwards (authorized after its void was asked). */
    private Optional<UUID> apply(String provider, WebhookEvent event) {
        boolean first = jdbc.sql("""
                INSERT INTO webhook_receipt (provider, event_id, type, received_at) VALUES (:provider, :id, :type, :now)
                ON CONFLICT DO NOTHING""")
                .param("provider", provider).param("id", event.id()).param("type", event.type())
                .param("now", Timestamp.from(clock.instant())).update() == 1;
        if (!first) {
            throw new ApiException(HttpStatus.BAD_REQUEST, WEBHOOK_REPLAYED, "Event " + event.id() + " was received before");
        }
        Optional<UUID> payment = payments.idOfProviderPayment(provider, event.data().paymentId()).or(() -> referenced(event).filter(id -> payments.find(id).isPresent()));
        if (payment.isEmpty()) {
            return Optional.empty(); // not ours, or not recorded yet: the authorization's own answer will be
        }
        UUID id = payment.get();
        WebhookEvent.Data data = event.data();
        switch (event.type()) {
            case WebhookEvent.AUTHORIZED -> {
                PaymentRow after = outcomes.authorization(id, ProviderOutcome.succeeded(data.paymentId(), data.amount()));
                if (after.voidRequested() && after.status().equals("AUTHORIZED")) {
                    return Optional.of(id);
                }
            }
            case WebhookEvent.AUTHENTICATION_FAILED -> outcomes.authorization(id, ProviderOutcome.failed(data.paymentId(), data.code()));
            case WebhookEvent.CAPTURED -> outcomes.capture(id, ProviderOutcome.succeeded(data.paymentId(), data.amount()));
            case WebhookEvent.VOIDED -> outcomes.voided(id, ProviderOutcome.succeeded(data.paymentId(), data.amount()));
            case WebhookEvent.DISPUTED -> outcomes.dispute(id, data.objectId(), data.amount(), data.code());
            default -> {
                // refunds are recorded from the refund call's own answer (by refund id), which the webhook does not carry
            }
        }
        return Optional.empty();
    }

    private Optional<UUID> referenced(WebhookEvent event) {
        try {
            return event.data().reference() == null ? Optional.empty() : Optional.of(UUID.fromString(event.data().reference()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
