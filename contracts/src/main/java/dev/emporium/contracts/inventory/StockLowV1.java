package dev.emporium.contracts.inventory;

import dev.emporium.contracts.EventType;
import java.time.Instant;

/**
 * A SKU's availability went from above its low-stock threshold to at or under it, by a reservation, a commit, an
 * adjustment, a set or a lower threshold. Published once per such crossing, not again while the SKU stays low; going
 * back above the threshold re-arms it. A SKU that was never above its threshold (a new one, with nothing) has not
 * crossed it. Topic {@code inventory.stock-alerts}, not compacted, key = sku. The SKU's current state is on
 * {@code inventory.stock}: the same change's {@link StockChangedV1} carries the same {@code version}.
 *
 * @param available  on hand minus reserved over the active locations, after the change (at or under {@code threshold})
 * @param threshold  the SKU's low-stock threshold (its own, or inventory's default) at that moment
 * @param version    the version of the SKU's state that turned low, as on {@code inventory.stock}
 * @param lowStockAt when the change that took it under happened
 */
@EventType(StockLowV1.TYPE)
public record StockLowV1(String sku, int available, int threshold, long version, Instant lowStockAt) {

    public static final String TYPE = "emporium.inventory.stock-low.v1";
}
