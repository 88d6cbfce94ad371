package dev.emporium.catalog.product;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.emporium.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as the API shows it, priced in one currency: {@code price} is the cheapest variant's; every variant
 * carries its {@code price} in that currency and its {@code prices} in all supported ones.
 */
@Schema(description = "A product priced in the requested currency.")
public record ProductView(
        @Schema(example = "5d0c8a52-3f7e-4b8e-a1c2-6b7d9e0f1a23") UUID id,
        @Schema(example = "linen-shirt") String slug,
        @Schema(example = "Linen Shirt") String name,
        @Schema(example = "A breathable shirt of washed linen.") String description,
        @Schema(example = "Northwind") String brand,
        @Schema(example = "0b7e7f34-6a43-4c8e-9a0e-6f1b2f6c1d11") UUID categoryId,
        CategoryRef category,
        @Schema(example = "{\"material\": \"linen\"}") Map<String, String> attributes,
        @Schema(example = "[\"/api/v1/products/linen-shirt/images/1\"]") List<String> images,
        ProductStatus status,
        @Schema(description = "Shipping weight in grams.", example = "250") Integer weightGrams,
        @Schema(description = "The cheapest variant's price in the requested currency.") Money price,
        List<VariantView> variants,
        @Schema(description = "Increases with every change; send it back as `If-Match` to change the product.", example = "3") long version,
        @Schema(example = "2026-11-02T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-20T16:05:12Z") Instant updatedAt) {

    @Schema(description = "The product's category.")
    public record CategoryRef(@Schema(example = "0b7e7f34-6a43-4c8e-9a0e-6f1b2f6c1d11") UUID id,
            @Schema(example = "shirts") String slug, @Schema(example = "Shirts") String name) {
    }

    @Schema(description = "A variant with its price in the requested currency and in every supported one.")
    public record VariantView(@Schema(example = "LINEN-SHIRT-M") String sku,
            @Schema(example = "{\"size\": \"M\", \"colour\": \"sand\"}") Map<String, String> attributes,
            @Schema(description = "In the requested currency.") Money price,
            @Schema(description = "In USD, EUR and GBP.") List<Money> prices) {
    }
}
