package dev.emporium.web.product;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.emporium.web.StorefrontProperties;
import dev.emporium.web.catalog.Product;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The id and SKUs of products shown lately, by slug. A product page needs the product (catalog), its SKUs'
 * stock (inventory) and what is bought with it (recommendations): the last two need the product's SKUs and id.
 * Remembered, they are asked for at the same time as the product, so a page costs one round of calls; only a
 * product's first page (or one whose variants changed since) waits for the product before asking for its stock.
 */
@Component
class ProductKeys {

    private final Cache<String, Keys> keys;

    ProductKeys(StorefrontProperties properties) {
        this.keys = Caffeine.newBuilder().maximumSize(properties.productKeys()).build();
    }

    Optional<Keys> of(String slug) {
        return Optional.ofNullable(keys.getIfPresent(slug));
    }

    void remember(String slug, Product product) {
        keys.put(slug, new Keys(product.id(), product.skus()));
    }

    record Keys(UUID productId, List<String> skus) {
    }
}
