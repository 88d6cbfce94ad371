package dev.emporium.web.search;

import dev.emporium.platform.money.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Search's answer ({@code GET /api/v1/search}): a page of products and the facets of everything that matched. */
public record SearchResult(List<Item> items, long totalItems, int page, int size, int totalPages, @Nullable Facets facets) {

    public SearchResult {
        items = items == null ? List.of() : items;
        facets = facets == null ? new Facets(List.of(), List.of(), List.of()) : facets;
    }

    public record Item(UUID productId, String slug, String name, @Nullable String brand, @Nullable Money price,
            @Nullable String image, boolean inStock) {
    }

    public record Facets(List<ValueCount> brand, List<CategoryCount> category, List<PriceRange> price) {
        public Facets {
            brand = brand == null ? List.of() : brand;
            category = category == null ? List.of() : category;
            price = price == null ? List.of() : price;
        }
    }

    public record ValueCount(String value, long count) {
    }

    /** @param value the category's id, for {@code ?category=} */
    public record CategoryCount(String value, @Nullable String slug, @Nullable String name, long count) {
    }

    /** @param from inclusive lower bound, or null; @param to exclusive upper bound, or null */
    public record PriceRange(@Nullable String from, @Nullable String to, long count) {
    }
}
