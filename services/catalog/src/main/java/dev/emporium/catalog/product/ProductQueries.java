package dev.emporium.catalog.product;

import dev.emporium.catalog.category.Categories;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads of the catalog: pages of products and single products, priced in the requested currency. */
@Service
public class ProductQueries {

    private final Products products;
    private final Categories categories;
    private final ProductMapper mapper;
    private final ProductCache cache;

    ProductQueries(Products products, Categories categories, ProductMapper mapper, ProductCache cache) {
        this.products = products;
        this.categories = categories;
        this.mapper = mapper;
        this.cache = cache;
    }

    /** @param category id or slug; includes its sub-categories. An unknown category lists nothing. */
    public PageResponse<ProductView> page(ProductStatus status, String category, String brand, ProductSort sort,
            String currency, PageQuery page) {
        String list = String.join("|", status.name(), String.valueOf(category), String.valueOf(brand), sort.name(), currency);
        String key = list + "|" + page.page() + "|" + page.size();
        return cache.page(key, () -> {
            ProductOrder order = cache.order(list, () -> {
                List<UUID> scope = category == null ? null
                        : categories.findByIdOrSlug(category).map(c -> categories.subtree(c.id())).orElse(List.of());
                return products.order(status, scope, brand, sort, currency);
            });
            List<UUID> ids = order.slice(page.offset(), page.size());
            return PageResponse.of(mapper.views(products.load(ids), currency), page, order.size());
        });
    }

    public Optional<ProductView> find(String idOrSlug, String currency) {
        return cache.detail(idOrSlug + "|" + currency, () -> {
            UUID id = Categories.parseUuid(idOrSlug);
            Optional<UUID> found = id != null ? Optional.of(id) : products.idOfSlug(idOrSlug);
            return found.flatMap(products::find).map(p -> mapper.views(List.of(p), currency).getFirst());
        });
    }

    /** Straight from the database, for the answer to a write. */
    public ProductView fresh(Product product, String currency) {
        return mapper.views(List.of(product), currency).getFirst();
    }
}
