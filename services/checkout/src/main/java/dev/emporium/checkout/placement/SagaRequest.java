package dev.emporium.checkout.placement;

import dev.emporium.checkout.address.ShippingAddress;
import dev.emporium.checkout.shipping.ShippingMethod;
import dev.emporium.platform.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * What the customer asked for, as kept on the checkout (column {@code request}) and fingerprinted for the
 * {@code Idempotency-Key}: everything but the card's number and CVC, of which only the last four digits and the
 * expiry are kept. (Two cards with the same last four digits and expiry under one key count as the same request.)
 */
record SagaRequest(ShippingAddress shippingAddress, ShippingMethod shippingMethod, String currency,
        @Nullable String paymentToken, @Nullable CardSummary card) {

    record CardSummary(String last4, int expMonth, int expYear) {
    }

    /** The request, and the card it brought (only in memory). Exactly one of card and token. */
    static Parsed of(PlaceOrderRequest request) {
        PlaceOrderRequest.Payment payment = request.payment();
        boolean anyCardField = payment.cardNumber() != null || payment.expMonth() != null || payment.expYear() != null || payment.cvc() != null;
        if (payment.paymentToken() != null && anyCardField) {
            throw ApiException.invalidField("payment", "send either the card (cardNumber, expMonth, expYear, cvc) or paymentToken, not both");
        }
        CardDetails card = null;
        if (payment.paymentToken() == null) {
            card = new CardDetails(required(payment.cardNumber(), "payment.cardNumber"), required(payment.expMonth(), "payment.expMonth"),
                    required(payment.expYear(), "payment.expYear"), required(payment.cvc(), "payment.cvc"));
        }
        SagaRequest saga = new SagaRequest(request.shippingAddress(), request.shippingMethod(), request.currency(), payment.paymentToken(),
                card == null ? null : new CardSummary(card.last4(), card.expMonth(), card.expYear()));
        return new Parsed(saga, card);
    }

    record Parsed(SagaRequest request, @Nullable CardDetails card) {
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw ApiException.invalidField(field, "must not be null (or send payment.paymentToken instead of a card)");
        }
        return value;
    }
}
