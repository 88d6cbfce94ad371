package dev.emporium.contracts.inventory;

import dev.emporium.contracts.EventType;
import java.time.Instant;

/**
 * A SKU's availability after any change of its stock (a reservation, a commit, a release, an adjustment). Topic
 * {@code inventory.stock}, compacted, key = sku: the latest record per SKU is its full current availability, so
 * search and cart rebuild their read models from zero.
 *
 * @param available on hand minus reserved, summed over the active locations, never below 0
 * @param inStock   {@code available > 0}
 * @param lowStock  available is at or under the SKU's low-stock threshold; turning low is also announced, once, on
 *                  {@code inventory.stock-alerts} ({@link StockLowV1})
 * @param version   increases with every change of the SKU; a consumer ignores a state older than the one it holds
 */
@EventType(StockChangedV1.TYPE)
public record StockChangedV1(String sku, int available, boolean inStock, boolean lowStock, long version, Instant changedAt) {

    public static final String TYPE = "emporium.inventory.stock-changed.v1";
}
