package dev.emporium.cart.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the cart needs to know of one SKU, from the product's latest state on {@code catalog.products}.
 *
 * @param image  the product's first image, or null
 * @param status ACTIVE, DRAFT, ARCHIVED, or DELETED after a tombstone
 * @param prices the SKU's price per currency
 */
public record SkuOffer(String sku, UUID productId, String name, String image, Map<String, String> attributes, String status,
        Map<String, BigDecimal> prices) {

    public boolean forSale() {
        return "ACTIVE".equals(status);
    }

    public Optional<BigDecimal> price(String currency) {
        return Optional.ofNullable(prices.get(currency));
    }
}
