package dev.emporium.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product with its variants and explicit prices, as stored. */
public record Product(UUID id, String slug, String name, String description, String brand, UUID categoryId,
        Map<String, String> attributes, List<String> images, ProductStatus status, Integer weightGrams,
        List<Variant> variants, long version, Instant createdAt, Instant updatedAt) {

    /** @param prices explicit prices by currency code; always includes the base currency */
    public record Variant(String sku, Map<String, String> attributes, Map<String, BigDecimal> prices) {
    }
}
