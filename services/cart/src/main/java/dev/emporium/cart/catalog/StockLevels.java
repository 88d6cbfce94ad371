package dev.emporium.cart.catalog;

import dev.emporium.contracts.inventory.StockChangedV1;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each SKU's availability, built in memory from {@code inventory.stock} (the full availability per SKU). A SKU
 * without a record has unknown availability: until inventory publishes one (it creates a record for every SKU it
 * sees on {@code catalog.products}), the cart does not limit it, and checkout's reservation is the real guard.
 */
public class StockLevels {

    private final Map<String, StockChangedV1> bySku = new ConcurrentHashMap<>();

    /** Empty when the SKU's availability is unknown. */
    public OptionalInt available(String sku) {
        StockChangedV1 stock = bySku.get(sku);
        return stock == null ? OptionalInt.empty() : OptionalInt.of(Math.max(stock.available(), 0));
    }

    /** @return false when the state is older than the one held (ignored) */
    public boolean apply(StockChangedV1 stock) {
        StockChangedV1 result = bySku.merge(stock.sku(), stock, (held, incoming) -> incoming.version() < held.version() ? held : incoming);
        return result == stock;
    }

    /** A tombstone: the SKU's stock record is gone, its availability unknown again. */
    public void remove(String sku) {
        bySku.remove(sku);
    }

    public int size() {
        return bySku.size();
    }
}
