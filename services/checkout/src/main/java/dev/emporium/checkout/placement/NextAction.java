package dev.emporium.checkout.placement;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the customer must do before the checkout can go on: confirm the payment at the provider. */
@Schema(description = "What the customer must do: open `url` (the card provider's confirmation page) and confirm the payment.")
public record NextAction(@Schema(example = "redirect") String type,
        @Schema(example = "http://localhost:8080/api/v1/payments/confirmations/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") String url) {
}
