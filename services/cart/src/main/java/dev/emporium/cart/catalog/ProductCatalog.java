package dev.emporium.cart.catalog;

import dev.emporium.contracts.catalog.ProductChangedV1;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The catalog as the cart sees it: each SKU's product, name, image, status and prices, built in memory from
 * {@code catalog.products} (the full product state per record). Written by the feed's one thread, read by requests.
 * A state older than the one held is ignored, so replays are harmless; a product that disappears (tombstone) keeps
 * its SKUs as DELETED, so a cart holding one shows it unavailable instead of losing its price.
 */
public class ProductCatalog {

    private final Map<String, SkuOffer> bySku = new ConcurrentHashMap<>();
    private final Map<UUID, Known> byProduct = new ConcurrentHashMap<>();

    private record Known(long version, Set<String> skus) {
    }

    public Optional<SkuOffer> find(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    public int size() {
        return bySku.size();
    }

    /** @return false when the state is older than the one held (ignored) */
    public boolean apply(ProductChangedV1 product) {
        Known known = byProduct.get(product.productId());
        if (known != null && product.version() < known.version()) {
            return false;
        }
        String status = product.status().toUpperCase(Locale.ROOT);
        String image = product.images() == null || product.images().isEmpty() ? null : product.images().getFirst();
        Map<String, SkuOffer> offers = new HashMap<>();
        for (ProductChangedV1.Variant variant : product.variants()) {
            Map<String, BigDecimal> prices = variant.prices().stream()
                    .collect(Collectors.toUnmodifiableMap(ProductChangedV1.Price::currency, ProductChangedV1.Price::amount, (a, b) -> a));
            offers.put(variant.sku(), new SkuOffer(variant.sku(), product.productId(), product.name(), image,
                    variant.attributes() == null ? Map.of() : Map.copyOf(variant.attributes()), status, prices));
        }
        if (known != null) {
            // a variant dropped from the product is no longer for sale, whatever the product's status
            known.skus().stream().filter(sku -> !offers.containsKey(sku)).forEach(sku ->
                    bySku.computeIfPresent(sku, (key, offer) -> withStatus(offer, "DELETED")));
        }
        bySku.putAll(offers);
        byProduct.put(product.productId(), new Known(product.version(), Set.copyOf(offers.keySet())));
        return true;
    }

    /** A tombstone: the product is gone for good. */
    public void remove(UUID productId) {
        Known known = byProduct.get(productId);
        if (known != null) {
            known.skus().forEach(sku -> bySku.computeIfPresent(sku, (key, offer) -> withStatus(offer, "DELETED")));
        }
    }

    List<SkuOffer> all() {
        return List.copyOf(bySku.values());
    }

    private static SkuOffer withStatus(SkuOffer offer, String status) {
        return new SkuOffer(offer.sku(), offer.productId(), offer.name(), offer.image(), offer.attributes(), status, offer.prices());
    }
}
