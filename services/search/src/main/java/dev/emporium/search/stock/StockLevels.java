package dev.emporium.search.stock;

import dev.emporium.contracts.inventory.StockChangedV1;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Whether each SKU is in stock, as the latest state on {@code inventory.stock} says (search's second feed). Kept in
 * memory: the topic is compacted and holds one small record per SKU, so every start reads it again from the
 * beginning instead of storing it beside the index. Stock changes far more often than products, so it is joined at
 * query time rather than written into the product documents. A SKU inventory has not announced is not in stock.
 */
@Component
public class StockLevels {

    private record Level(boolean inStock, long version) {
    }

    private final Map<String, Level> levels = new ConcurrentHashMap<>();

    /** Keeps the state unless a newer one (a higher version) is already held: replays and reorders are harmless. */
    public void apply(StockChangedV1 state) {
        levels.merge(state.sku(), new Level(state.inStock(), state.version()),
                (held, offered) -> offered.version() >= held.version() ? offered : held);
    }

    public boolean anyInStock(Collection<String> skus) {
        return skus.stream().anyMatch(sku -> {
            Level level = levels.get(sku);
            return level != null && level.inStock();
        });
    }

    /** The SKUs in stock now, as index terms for a filter. */
    public List<BytesRef> inStockSkus() {
        List<BytesRef> skus = new ArrayList<>();
        levels.forEach((sku, level) -> {
            if (level.inStock()) {
                skus.add(new BytesRef(sku));
            }
        });
        return skus;
    }
}
