package dev.emporium.search.query;

import java.util.List;

/**
 * One page of search results with the facets of everything that matched (query and filters), in the requested
 * currency.
 */
public record SearchResponse(List<Item> items, long totalItems, int totalPages, int page, int size, String currency,
        String sort, Facets facets) {

    /** @param price the cheapest variant's price in the requested currency; null if not priced in it */
    public record Item(String productId, String slug, String name, String brand, Money price, String image, boolean inStock,
            float score) {
    }

    public record Money(String amount, String currency) {
    }

    public record Facets(List<ValueCount> brand, List<CategoryCount> category, List<PriceRangeCount> price) {
    }

    public record ValueCount(String value, long count) {
    }

    /** @param value the category id (what {@code ?category=} takes, as does the slug) */
    public record CategoryCount(String value, String slug, String name, long count) {
    }

    /** [from, to) in the requested currency; {@code to} is null for the open-ended last bucket. */
    public record PriceRangeCount(String from, String to, long count) {
    }
}
