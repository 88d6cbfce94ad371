package dev.emporium.web.catalog;

import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Catalog's public reads: one product, a page of products, the category tree. */
@Component
public class CatalogClient {

    private final Upstream catalog;

    CatalogClient(Upstream catalogApi) {
        this.catalog = catalogApi;
    }

    /** The active product with this slug (or id), prices in the currency; empty when catalog has none. */
    public Optional<Product> product(String idOrSlug, String currency) {
        Answer answer = catalog.get("/api/v1/products/{idOrSlug}", idOrSlug).query("currency", currency).send();
        if (answer.status() == 404 || answer.status() == 400) {
            return Optional.empty();
        }
        return Optional.of(answer.expect(catalog.service(), Product.class));
    }

    /** The first page of active products in this order ({@code createdAt,desc}, {@code name,asc}…). */
    public ProductPage products(String sort, int size, String currency) {
        return catalog.get("/api/v1/products").query("sort", sort).query("size", size).query("currency", currency)
                .send().expect(catalog.service(), ProductPage.class);
    }

    public List<CategoryNode> categories() {
        return Arrays.asList(catalog.get("/api/v1/categories").send().expect(catalog.service(), CategoryNode[].class));
    }
}
