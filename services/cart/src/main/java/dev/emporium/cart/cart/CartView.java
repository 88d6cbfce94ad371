package dev.emporium.cart.cart;

import dev.emporium.platform.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A cart as the API shows it. */
@Schema(description = "A cart: its lines with the prices snapshotted when they last changed, and exact totals.")
public record CartView(
        @Schema(description = "The cart's id. For a guest cart it is the `X-Cart-Id` to send with every cart call (keep it "
                + "secret: it opens the cart); for a customer's cart, its own id.", example = "q5V1mC3xYc8rTzL0bN2wAe") String id,
        @Schema(description = "The lines, in the order they were first added.") List<Item> items,
        @Schema(description = "The sum of the line totals priced in the cart's currency.") Money subtotal,
        @Schema(description = "The currency the cart is priced in (ISO 4217); change it with `currency` or `Accept-Currency`.",
                example = "USD") String currency,
        @Schema(description = "Units in the cart, all lines together.", example = "3") int itemCount,
        @Schema(description = "When the cart last changed.", example = "2026-11-23T10:15:30Z") Instant updatedAt) {

    @Schema(description = "A cart line. Flags tell what changed since the line was priced; nothing changes silently.")
    public record Item(
            @Schema(example = "AURORA-TEE-M") String sku,
            @Schema(example = "38a2eba0-81c6-429b-88c8-ecc39d4a3cb1") UUID productId,
            @Schema(description = "The product's name when the line was priced.", example = "Aurora Merino Crew Tee") String name,
            @Schema(description = "The product's first image, if any.", example = "/api/v1/products/aurora-merino-crew-tee/images/1")
            @Nullable String image,
            @Schema(description = "The variant's attributes.", example = "{\"size\": \"M\", \"colour\": \"slate\"}")
            Map<String, String> attributes,
            @Schema(minimum = "1", maximum = "99", example = "2") int quantity,
            @Schema(description = "The price per unit snapshotted when the line last changed.") Money unitPrice,
            @Schema(description = "`unitPrice` × `quantity`, exact.") Money lineTotal,
            @Schema(description = "The product is no longer for sale (archived, draft, removed) or has no price in the cart's "
                    + "currency; checkout will refuse the line.") boolean unavailable,
            @Schema(description = "The catalog's price differs from `unitPrice`; `currentPrice` is the new one.") boolean priceChanged,
            @Schema(description = "The catalog's price now, when it differs from `unitPrice`.") @Nullable Money currentPrice,
            @Schema(description = "Units available, when inventory has published the SKU's stock.", example = "12")
            @Nullable Integer available,
            @Schema(description = "The line holds more units than are available now.") boolean insufficientStock) {
    }
}
