package dev.emporium.checkout.placement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The 202 answer: the checkout goes on without the client; follow it at {@code Location}. */
@Schema(description = "The checkout goes on: AWAITING_PAYMENT until the customer confirms at `nextAction.url`, or PROCESSING "
        + "while a service is slow to answer. Follow it at `GET /api/v1/checkout/{checkoutId}`.")
public record PendingCheckout(
        @Schema(example = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID checkoutId,
        @Schema(example = "AWAITING_PAYMENT", allowableValues = { "PROCESSING", "AWAITING_PAYMENT" }) String status,
        @Schema(description = "What the customer must do, for AWAITING_PAYMENT.") @Nullable NextAction nextAction) {
}
