package dev.emporium.payment.provider;

import java.math.BigDecimal;

/**
 * What the provider did with a call.
 *
 * @param providerReference the provider's id of the payment (authorize, capture, void) or of the refund
 * @param code              a decline or failure code ({@code card_declined}, {@code insufficient_funds}...), else null
 * @param nextActionUrl     for {@link Status#REQUIRES_ACTION}: where the customer confirms
 * @param amount            the amount the operation moved (authorized, captured, refunded)
 */
public record ProviderOutcome(Status status, String providerReference, String code, String nextActionUrl, BigDecimal amount) {

    public enum Status {
        SUCCEEDED, DECLINED, REQUIRES_ACTION, FAILED
    }

    public static ProviderOutcome succeeded(String reference, BigDecimal amount) {
        return new ProviderOutcome(Status.SUCCEEDED, reference, null, null, amount);
    }

    public static ProviderOutcome failed(String reference, String code) {
        return new ProviderOutcome(Status.FAILED, reference, code, null, null);
    }
}
