package dev.emporium.payment.provider;

import java.math.BigDecimal;

/**
 * A payment provider, as the payment service sees it (Stripe-style): every call carries an idempotency key, and the
 * same key with the same request always answers the first outcome, also when the first call timed out after the
 * provider acted. A call that throws {@link ProviderUnavailableException} has an unknown outcome: asking again with
 * the same key is always safe and learns it.
 *
 * <p>The provider is remote: it never shares a transaction with the caller, and the caller holds none while calling.
 */
public interface PaymentProvider {

    /** The name in {@code /api/v1/payments/webhooks/{provider}} and in the payment records. */
    String name();

    /** Turns a card into a token; the number goes no further than this call. A card the provider refuses is declined. */
    Tokenized tokenize(CardDetails card, String idempotencyKey);

    /**
     * Authorizes an amount on a tokenized card: {@link ProviderOutcome.Status#SUCCEEDED} (held),
     * {@link ProviderOutcome.Status#DECLINED}, or {@link ProviderOutcome.Status#REQUIRES_ACTION} with the URL where the
     * customer confirms; the provider then sends a signed webhook with the result.
     */
    ProviderOutcome authorize(AuthorizeCall call, String idempotencyKey);

    /** Captures up to the authorized amount of an authorization. */
    ProviderOutcome capture(String providerPaymentId, BigDecimal amount, String idempotencyKey);

    /** Releases an authorization (or a pending confirmation): nothing is charged. */
    ProviderOutcome voidAuthorization(String providerPaymentId, String idempotencyKey);

    /** Refunds part or all of what was captured; several refunds never exceed it. */
    ProviderOutcome refund(String providerPaymentId, BigDecimal amount, String idempotencyKey);
}
