package dev.emporium.web.catalog;

import dev.emporium.platform.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A product as catalog shows it ({@code GET /api/v1/products/{idOrSlug}}), prices in the requested currency. */
public record Product(UUID id, String slug, String name, @Nullable String description, @Nullable String brand,
        @Nullable CategoryRef category, @Nullable Map<String, String> attributes, @Nullable List<String> images,
        @Nullable Money price, @Nullable List<Variant> variants) {

    public Product {
        attributes = attributes == null ? Map.of() : attributes;
        images = images == null ? List.of() : images;
        variants = variants == null ? List.of() : variants;
    }

    public List<String> skus() {
        return variants.stream().map(Variant::sku).toList();
    }

    /** @param attributes what tells the variant from its siblings: {@code {"size": "M", "color": "red"}} */
    public record Variant(String sku, @Nullable Map<String, String> attributes, @Nullable Money price) {
        public Variant {
            attributes = attributes == null ? Map.of() : attributes;
        }
    }

    public record CategoryRef(UUID id, String slug, String name) {
    }
}
