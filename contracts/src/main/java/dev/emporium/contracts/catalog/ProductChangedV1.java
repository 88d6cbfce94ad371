package dev.emporium.contracts.catalog;

import dev.emporium.contracts.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The full current state of a product after any change (archiving included). Topic {@code catalog.products},
 * compacted, key = productId: the latest record per product is enough to rebuild any read model from zero.
 *
 * @param categoryPath the product's category and its ancestors, root first, so consumers can filter by a parent
 * @param status       ACTIVE, DRAFT or ARCHIVED; only ACTIVE products are for sale
 * @param weightGrams  null when the catalog does not know it
 * @param version      increases with every change; a consumer ignores a state older than the one it holds
 */
@EventType(ProductChangedV1.TYPE)
public record ProductChangedV1(
        UUID productId,
        String slug,
        String name,
        String description,
        String brand,
        UUID categoryId,
        List<CategoryRef> categoryPath,
        Map<String, String> attributes,
        List<String> images,
        String status,
        @Nullable Integer weightGrams,
        List<Variant> variants,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static final String TYPE = "emporium.catalog.product-changed.v1";

    public record CategoryRef(UUID id, String slug, String name) {
    }

    /** @param prices the variant's price in every supported currency (explicit or derived by the rate table) */
    public record Variant(String sku, Map<String, String> attributes, List<Price> prices) {
    }

    /** An exact amount with the currency's minor digits, e.g. 19.99 USD. */
    public record Price(BigDecimal amount, String currency) {
    }
}
