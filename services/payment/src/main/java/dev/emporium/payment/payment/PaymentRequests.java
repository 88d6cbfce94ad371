package dev.emporium.payment.payment;

import dev.emporium.platform.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The internal API's request bodies. */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    @Schema(description = "Authorize a payment: a card (tokenized at once, never stored) or a provider token.")
    public record Authorize(
            @Schema(description = "Chosen by the caller: the idempotency key of the whole payment.", example = "7d1c3f0e-2b4a-4c5d-9e8f-0a1b2c3d4e5f")
            @NotNull UUID paymentId,
            @Schema(description = "The paying customer.", example = "c16f4237-c3c1-4302-8ab9-cad9c15c7dc6") @NotNull UUID customerId,
            @Schema(description = "The caller's reference (checkout's id).", example = "3e5f7a9b-1c2d-4e6f-8a0b-2c4d6e8f0a1b")
            @NotBlank @Size(max = 100) String reference,
            @Schema(description = "The amount to hold.") @NotNull @Valid Money amount,
            @Schema(description = "The card, or leave it out and send `paymentToken`.") @Valid CardInput card,
            @Schema(description = "A provider token of a card tokenized before.", example = "tok_4f1c2e3d5b6a798001a2b3c4")
            @Size(max = 100) String paymentToken,
            @Schema(description = "Where the confirmation page sends the customer afterwards.", example = "http://localhost:8080/checkout/return")
            @Size(max = 2000) @Pattern(regexp = "^https?://.*") String returnUrl) {
    }

    @Schema(description = "A card as the customer typed it. Never stored nor logged: only its token, brand, last four digits and expiry are kept.")
    public record CardInput(
            @Schema(example = "4242424242424242") @NotNull @Pattern(regexp = "^[0-9]{12,19}$", message = "must be 12 to 19 digits") String number,
            @Schema(example = "12") @NotNull @Min(1) @Max(12) Integer expMonth,
            @Schema(example = "2030") @NotNull @Min(2000) @Max(2100) Integer expYear,
            @Schema(example = "123") @NotNull @Pattern(regexp = "^[0-9]{3,4}$", message = "must be 3 or 4 digits") String cvc) {

        @Override
        public String toString() {
            return "CardInput[number=****, expMonth=" + expMonth + ", expYear=" + expYear + ", cvc=***]";
        }
    }

    @Schema(description = "Capture an authorized payment.")
    public record Capture(
            @Schema(description = "How much to charge; the whole authorization when left out.") @Valid Money amount,
            @Schema(description = "The order the payment is for, kept on the payment and its events.",
                    example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") UUID orderId) {
    }

    @Schema(description = "Refund part or all of a captured payment.")
    public record Refund(
            @Schema(description = "Chosen by the caller: the refund's idempotency key.", example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            @NotNull UUID refundId,
            @Schema(description = "How much; everything not yet refunded when left out.") @Valid Money amount) {
    }
}
