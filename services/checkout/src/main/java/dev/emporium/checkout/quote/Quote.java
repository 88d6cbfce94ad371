package dev.emporium.checkout.quote;

import dev.emporium.checkout.shipping.ShippingMethod;
import dev.emporium.checkout.shipping.ShippingZone;
import dev.emporium.platform.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A priced cart: what the customer would pay now. */
@Schema(description = "The customer's cart at the catalog's current prices, with shipping and tax: `total` = `subtotal` − "
        + "`discount` + `shipping` + `tax`, every amount exact in `currency`.")
public record Quote(
        @Schema(description = "The cart's lines at the current prices.") List<Line> lines,
        @Schema(description = "The sum of the line totals.") Money subtotal,
        @Schema(description = "Shipping for the chosen method to the destination's zone, by weight.") Money shipping,
        @Schema(description = "Tax: EU VAT (goods and shipping) or US state sales tax (goods); none elsewhere.") Money tax,
        @Schema(description = "Discounts taken off the subtotal (none yet: always zero).") Money discount,
        @Schema(description = "What the customer pays.") Money total,
        @Schema(description = "The currency of every amount (ISO 4217).", example = "EUR") String currency,
        @Schema(description = "The shipping method priced.", example = "STANDARD") ShippingMethod shippingMethod,
        @Schema(description = "The destination's shipping zone.", example = "EU") ShippingZone shippingZone,
        @Schema(description = "The parcel's weight in grams that shipping was charged for (units without a weight in the catalog "
                + "count a default weight, 500 g unless configured).", example = "1250") long weightGrams,
        @Schema(description = "The tax rate applied, in percent.", example = "19") String taxRate,
        @Schema(description = "Who levies the tax: a country code (EU VAT), `US-` and a state code (US sales tax), or `NONE`.",
                example = "DE") String taxJurisdiction) {

    @Schema(name = "QuoteLine", description = "A cart line at the catalog's current price.")
    public record Line(
            @Schema(example = "AURORA-TEE-M") String sku,
            @Schema(example = "38a2eba0-81c6-429b-88c8-ecc39d4a3cb1") UUID productId,
            @Schema(description = "The product's current name.", example = "Aurora Merino Crew Tee") String name,
            @Schema(minimum = "1", maximum = "99", example = "2") int quantity,
            @Schema(description = "The catalog's current price per unit.") Money unitPrice,
            @Schema(description = "`unitPrice` × `quantity`, exact.") Money lineTotal) {
    }
}
