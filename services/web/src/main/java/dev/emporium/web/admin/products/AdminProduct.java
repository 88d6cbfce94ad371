package dev.emporium.web.admin.products;

import dev.emporium.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A product in any status, as catalog shows it to an admin (prices of every variant in USD, EUR and GBP). */
public record AdminProduct(UUID id, String slug, String name, @Nullable String description, @Nullable String brand,
        @Nullable UUID categoryId, @Nullable CategoryRef category, @Nullable Map<String, String> attributes,
        @Nullable List<String> images, String status, @Nullable Integer weightGrams, @Nullable Money price,
        @Nullable List<Variant> variants, long version, @Nullable Instant createdAt, @Nullable Instant updatedAt) {

    public AdminProduct {
        attributes = attributes == null ? Map.of() : attributes;
        images = images == null ? List.of() : images;
        variants = variants == null ? List.of() : variants;
    }

    public record CategoryRef(UUID id, String slug, String name) {
    }

    public record Variant(String sku, @Nullable Map<String, String> attributes, @Nullable Money price, @Nullable List<Money> prices) {
        public Variant {
            attributes = attributes == null ? Map.of() : attributes;
            prices = prices == null ? List.of() : prices;
        }

        /** Its price in this currency, explicit or derived by catalog. */
        public Optional<Money> in(String currency) {
            return prices.stream().filter(p -> p.currency().equals(currency)).findFirst();
        }
    }

    /** A page of products, as catalog's admin list answers. */
    public record Page(List<AdminProduct> items, int page, int size, long totalItems, int totalPages) {
        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
