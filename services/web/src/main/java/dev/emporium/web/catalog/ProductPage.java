package dev.emporium.web.catalog;

import java.util.List;

/** A page of products as catalog lists them ({@code GET /api/v1/products}). */
public record ProductPage(List<Product> items, int page, int size, long totalItems, int totalPages) {
    public ProductPage {
        items = items == null ? List.of() : items;
    }
}
