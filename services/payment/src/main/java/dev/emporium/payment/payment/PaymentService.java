package dev.emporium.payment.payment;

import dev.emporium.payment.PaymentProperties;
import dev.emporium.payment.provider.CardDetails;
import dev.emporium.payment.provider.Tokenized;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Authorizations. The card is tokenized before anything is stored; then the payment and its AUTHORIZE operation are
 * recorded (PROCESSING / PENDING), the provider is asked with no transaction open, and its answer recorded
 * ({@link Settlements#resolveAuthorization}). The payment id is the caller's idempotency key: the same request again
 * answers the payment as it is (joining a PENDING authorization with the same provider key, so concurrent identical
 * calls make one provider authorization); another request with the id is 409 {@code PAYMENT_ID_REUSED}.
 */
@Service
public class PaymentService {

    public static final String PAYMENT_ID_REUSED = "PAYMENT_ID_REUSED";

    private final Payments payments;
    private final Settlements settlements;
    private final ProviderCalls provider;
    private final PaymentEvents events;
    private final TransactionTemplate transactions;
    private final PaymentProperties properties;
    private final Clock clock;

    PaymentService(Payments payments, Settlements settlements, ProviderCalls provider, PaymentEvents events,
            TransactionTemplate transactions, PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.settlements = settlements;
        this.provider = provider;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    public PaymentView authorize(PaymentRequests.Authorize request) {
        if ((request.card() == null) == (request.paymentToken() == null)) {
            throw ApiException.invalidField("card", "send either card or paymentToken");
        }
        if (!Currencies.isSupported(request.amount().currency())) {
            throw ApiException.invalidField("amount.currency", "must be one of " + Currencies.SUPPORTED);
        }
        if (request.amount().amount().signum() <= 0) {
            throw ApiException.invalidField("amount.amount", "must be positive");
        }
        UUID id = request.paymentId();
        String fingerprint = fingerprint(request);
        var existing = payments.find(id);
        if (existing.isPresent()) {
            return answer(existing.get(), fingerprint);
        }
        Tokenized card = request.card() == null ? new Tokenized(request.paymentToken(), null, null, 0, 0, null)
                : provider.call(gateway -> gateway.tokenize(new CardDetails(request.card().number(), request.card().expMonth(),
                        request.card().expYear(), request.card().cvc()), Keys.tokenize(id)));
        Instant now = clock.instant();
        PaymentRow row = new PaymentRow(id, card.refused() ? "DECLINED" : "PROCESSING", false, provider.providerName(), null,
                request.customerId(), request.reference(), null, request.amount().amount(), request.amount().currency(), null, null,
                null, card.token(), card.brand(), card.last4(), card.expMonth() == 0 ? null : card.expMonth(),
                card.expYear() == 0 ? null : card.expYear(), request.returnUrl(), fingerprint, card.declineCode(), null, false, now);
        boolean inserted = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!payments.insertIfAbsent(row, now)) {
                return false;
            }
            payments.insertOperation(id, "AUTHORIZE", card.refused() ? "DECLINED" : "PENDING", row.amount(), Keys.authorize(id), null,
                    null, card.declineCode(), card.refused() ? null : now.plus(properties.recovery().grace()), now);
            if (card.refused()) {
                events.failed(payments.find(id).orElseThrow(), "DECLINED", card.declineCode());
            }
            return true;
        }));
        if (!inserted) {
            return answer(payments.find(id).orElseThrow(), fingerprint);
        }
        return card.refused() ? get(id) : PaymentView.of(settlements.resolveAuthorization(id));
    }

    public PaymentView get(UUID id) {
        return PaymentView.of(payments.find(id).orElseThrow(() -> ApiException.notFound("Payment")));
    }

    /** A payment that exists: a tombstone answers VOIDED; the same request answers it as it is (finding out first, if pending). */
    private PaymentView answer(PaymentRow p, String fingerprint) {
        if (p.tombstone()) {
            return PaymentView.of(p);
        }
        if (!fingerprint.equals(p.requestFingerprint())) {
            throw new ApiException(HttpStatus.CONFLICT, PAYMENT_ID_REUSED, "Payment " + p.id() + " exists with another request");
        }
        return PaymentView.of(p.status().equals("PROCESSING") ? settlements.resolveAuthorization(p.id()) : p);
    }

    /** A keyed hash of what makes the request: tells a retry from a reuse without keeping the card. */
    private String fingerprint(PaymentRequests.Authorize r) {
        String card = r.card() == null ? "token:" + r.paymentToken()
                : "card:" + r.card().number() + "/" + r.card().expMonth() + "/" + r.card().expYear() + "/" + r.card().cvc();
        String text = String.join("|", r.customerId().toString(), r.reference(), r.amount().amount().toPlainString(),
                r.amount().currency(), card, String.valueOf(r.returnUrl()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.fingerprintKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
