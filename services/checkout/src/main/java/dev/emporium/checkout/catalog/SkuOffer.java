package dev.emporium.checkout.catalog;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One SKU as checkout prices it, in one currency, from the product's latest state on {@code catalog.products}.
 *
 * @param status      the product's: ACTIVE, DRAFT, ARCHIVED, or DELETED after a tombstone
 * @param dropped     the variant is no longer part of its product
 * @param weightGrams the product's shipping weight per unit, when the catalog knows it
 * @param price       the price in the currency asked for, when the catalog has one
 */
public record SkuOffer(String sku, UUID productId, String name, String status, boolean dropped, @Nullable Integer weightGrams,
        @Nullable BigDecimal price) {

    /** For sale in the currency asked for: an active product, the variant still part of it, and a price. */
    public boolean forSale() {
        return "ACTIVE".equals(status) && !dropped && price != null;
    }

    public Optional<Integer> weight() {
        return Optional.ofNullable(weightGrams);
    }
}
