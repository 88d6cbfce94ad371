package dev.emporium.checkout.placement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A checkout as its customer follows it. */
@Schema(description = "Where a checkout stands. COMPLETED names the order; FAILED has the problem the checkout answered "
        + "(nothing charged, nothing held); AWAITING_PAYMENT has what the customer must do.")
public record CheckoutView(
        @Schema(description = "The checkout's id.", example = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID id,
        @Schema(description = "PROCESSING, AWAITING_PAYMENT, COMPLETED or FAILED.", example = "COMPLETED",
                allowableValues = { "PROCESSING", "AWAITING_PAYMENT", "COMPLETED", "FAILED" }) String status,
        @Schema(description = "The order, once COMPLETED.", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") @Nullable UUID orderId,
        @Schema(description = "The problem a FAILED checkout answered (RFC 9457 members: status, code, detail and extras).")
        @Nullable Map<String, Object> problem,
        @Schema(description = "For AWAITING_PAYMENT: where the customer confirms the payment.") @Nullable NextAction nextAction) {

    static CheckoutView of(CheckoutState state) {
        Map<String, Object> problem = null;
        if (state.status() == CheckoutStatus.FAILED && state.failure() != null) {
            Failure failure = state.failure();
            problem = new java.util.LinkedHashMap<>();
            problem.put("status", failure.status());
            problem.put("code", failure.code());
            problem.put("detail", failure.detail());
            problem.putAll(failure.properties());
        }
        return new CheckoutView(state.id(), state.status().name(),
                state.status() == CheckoutStatus.COMPLETED ? state.orderId() : null, problem,
                state.status() == CheckoutStatus.AWAITING_PAYMENT ? state.nextAction() : null);
    }
}
