package dev.emporium.cart.cart;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the cart's commands. */
final class CartRequests {

    private CartRequests() {
    }

    @Schema(description = "Units of a SKU to put in the cart; they add to the line if the SKU is there already.")
    record AddItem(
            @Schema(description = "The variant's SKU.", example = "AURORA-TEE-M") @NotBlank @Size(max = 64) String sku,
            @Schema(description = "Units to add; the line may hold at most 99.", example = "2") @NotNull @Min(1) @Max(99) Integer quantity) {
    }

    @Schema(description = "A line's new quantity.")
    record QuantityChange(
            @Schema(description = "The line's new quantity; 0 removes the line.", example = "3") @NotNull @Min(0) @Max(99) Integer quantity) {
    }

    @Schema(description = "The guest cart to merge into the signed-in customer's cart.")
    record Merge(
            @Schema(description = "The guest cart's id (its `X-Cart-Id`).", example = "q5V1mC3xYc8rTzL0bN2wAe")
            @NotBlank @Pattern(regexp = CartController.CART_ID_PATTERN) String cartId) {
    }

    @Schema(description = "A confirmed order's units, to take out of the customer's cart.")
    record Checkout(
            @Schema(description = "The order the units went into; the same id again changes nothing.",
                    example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") @NotNull UUID orderId,
            @Schema(description = "1 to 100 lines, one per SKU.") @NotEmpty @Size(min = 1, max = 100) List<@NotNull @Valid OrderedUnits> lines) {
    }

    @Schema(description = "Units of a SKU that went into the order.")
    record OrderedUnits(
            @Schema(description = "The variant's SKU.", example = "AURORA-TEE-M") @NotBlank @Size(max = 64) String sku,
            @Schema(description = "Units ordered; at most this many leave the line.", example = "2") @NotNull @Min(1) @Max(99) Integer quantity) {
    }
}
