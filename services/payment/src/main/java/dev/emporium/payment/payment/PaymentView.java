package dev.emporium.payment.payment;

import dev.emporium.platform.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;

@Schema(description = "A payment as its callers see it. The card appears only as brand, last four digits and expiry.")
public record PaymentView(
        @Schema(description = "The caller's id for the payment (its idempotency key).", example = "7d1c3f0e-2b4a-4c5d-9e8f-0a1b2c3d4e5f") UUID paymentId,
        @Schema(description = "PROCESSING (the provider's answer is not known yet), REQUIRES_ACTION (the customer must confirm at `nextAction.url`), "
                + "AUTHORIZED, DECLINED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED or FAILED.", example = "AUTHORIZED",
                allowableValues = { "PROCESSING", "REQUIRES_ACTION", "AUTHORIZED", "DECLINED", "CAPTURED", "VOIDED", "REFUNDED",
                        "PARTIALLY_REFUNDED", "FAILED" }) String status,
        @Schema(description = "The amount authorized (absent for a void that arrived before any authorization).") Money amount,
        @Schema(description = "How much was charged.") Money capturedAmount,
        @Schema(description = "How much of it went back.") Money refundedAmount,
        @Schema(description = "The card, without its number.") Card card,
        @Schema(description = "Why the card was declined or the payment failed: card_declined, insufficient_funds, incorrect_number, "
                + "expired_card, incorrect_cvc, authentication_failed, authentication_expired.", example = "insufficient_funds") String declineCode,
        @Schema(description = "For REQUIRES_ACTION: where the customer confirms the payment.") NextAction nextAction,
        @Schema(description = "The caller's reference (checkout's id).", example = "3e5f7a9b-1c2d-4e6f-8a0b-2c4d6e8f0a1b") String reference,
        @Schema(description = "The order, once the caller named it.", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") UUID orderId) {

    @Schema(description = "What is kept of a card.")
    public record Card(@Schema(example = "visa") String brand, @Schema(example = "4242") String last4,
            @Schema(example = "12") Integer expMonth, @Schema(example = "2030") Integer expYear) {
    }

    @Schema(description = "What the customer must do before the payment is authorized.")
    public record NextAction(@Schema(example = "redirect") String type,
            @Schema(example = "http://localhost:8080/api/v1/payments/confirmations/pay_1f2e3d4c5b6a79880a1b2c3d") String url) {
    }

    static PaymentView of(PaymentRow p) {
        if (p.tombstone()) {
            return new PaymentView(p.id(), p.status(), null, null, null, null, null, null, null, null);
        }
        return new PaymentView(p.id(), p.status(), money(p.amount(), p.currency()), money(p.capturedAmount(), p.currency()),
                money(p.refundedAmount(), p.currency()),
                p.cardLast4() == null ? null : new Card(p.cardBrand(), p.cardLast4(), p.cardExpMonth(), p.cardExpYear()),
                p.declineCode(), p.status().equals("REQUIRES_ACTION") && p.nextActionUrl() != null
                        ? new NextAction("redirect", p.nextActionUrl()) : null,
                p.reference(), p.orderId());
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : Money.rounded(amount, currency);
    }
}
