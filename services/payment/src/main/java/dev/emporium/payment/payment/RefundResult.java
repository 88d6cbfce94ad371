package dev.emporium.payment.payment;

import dev.emporium.platform.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

@Schema(description = "A refund and the payment after it.")
public record RefundResult(Refund refund, PaymentView payment) {

    @Schema(description = "A refund.")
    public record Refund(
            @Schema(description = "The caller's id for it.", example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a") UUID refundId,
            @Schema(description = "How much.") Money amount,
            @Schema(description = "SUCCEEDED, PENDING (the provider's answer is not known yet; it is asked again) or FAILED.",
                    example = "SUCCEEDED", allowableValues = { "SUCCEEDED", "PENDING", "FAILED" }) String status,
            @Schema(description = "Why the provider refused it.", example = "amount_exceeds_captured") String code) {
    }
}
