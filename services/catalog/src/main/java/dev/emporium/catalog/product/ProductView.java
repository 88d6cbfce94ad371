package dev.emporium.catalog.product;

import dev.emporium.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as the API shows it, priced in one currency: {@code price} is the cheapest variant's; every variant
 * carries its {@code price} in that currency and its {@code prices} in all supported ones.
 */
public record ProductView(UUID id, String slug, String name, String description, String brand, UUID categoryId,
        CategoryRef category, Map<String, String> attributes, List<String> images, ProductStatus status, Integer weightGrams,
        Money price, List<VariantView> variants, long version, Instant createdAt, Instant updatedAt) {

    public record CategoryRef(UUID id, String slug, String name) {
    }

    public record VariantView(String sku, Map<String, String> attributes, Money price, List<Money> prices) {
    }
}
