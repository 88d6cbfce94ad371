package dev.emporium.search.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of search results with the facets of everything that matched (query and filters), in the requested
 * currency.
 */
@Schema(description = "A page of search results with the facets of everything that matched.")
public record SearchResponse(
        List<Item> items,
        @Schema(description = "Products matching in all.", example = "42") long totalItems,
        @Schema(example = "3") int totalPages,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "The currency of every price shown.", example = "USD") String currency,
        @Schema(description = "The order applied.", example = "relevance") String sort,
        Facets facets) {

    /** @param price the cheapest variant's price in the requested currency; null if not priced in it */
    @Schema(description = "A matching product.")
    public record Item(@Schema(example = "5d0c8a52-3f7e-4b8e-a1c2-6b7d9e0f1a23") String productId,
            @Schema(example = "linen-shirt") String slug, @Schema(example = "Linen Shirt") String name,
            @Schema(example = "Northwind") String brand,
            @Schema(description = "The cheapest variant's price in the requested currency; absent if not priced in it.") Money price,
            @Schema(description = "The first image's URL.", example = "/api/v1/products/linen-shirt/images/1") String image,
            @Schema(description = "Whether any variant is available.") boolean inStock,
            @Schema(description = "Relevance to the query, higher is better (0 without `q`).", example = "7.25") float score) {
    }

    @Schema(description = "An exact amount of money: the amount is a decimal string with the currency's minor digits.")
    public record Money(@Schema(example = "19.99", pattern = "^-?[0-9]+(\\.[0-9]+)?$") String amount,
            @Schema(example = "USD") String currency) {
    }

    @Schema(description = "Counts of the matching products per brand, category and price range.")
    public record Facets(List<ValueCount> brand, List<CategoryCount> category, List<PriceRangeCount> price) {
    }

    @Schema(description = "A facet value and how many matching products have it.")
    public record ValueCount(@Schema(example = "Northwind") String value, @Schema(example = "12") long count) {
    }

    /** @param value the category id (what {@code ?category=} takes, as does the slug) */
    @Schema(description = "A category and how many matching products are in it (sub-categories included).")
    public record CategoryCount(@Schema(description = "The category's id, for `?category=`.", example = "0b7e7f34-6a43-4c8e-9a0e-6f1b2f6c1d11") String value,
            @Schema(example = "shirts") String slug, @Schema(example = "Shirts") String name, @Schema(example = "9") long count) {
    }

    /** [from, to) in the requested currency; {@code to} is null for the open-ended last bucket. */
    @Schema(description = "A price range [from, to) in the requested currency and how many matching products fall in it.")
    public record PriceRangeCount(@Schema(example = "25.00") String from,
            @Schema(description = "Absent for the open-ended last range.", example = "50.00") String to,
            @Schema(example = "17") long count) {
    }
}
