package dev.emporium.search.stock;

import dev.emporium.contracts.inventory.StockChangedV1;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Whether each SKU is in stock, as the latest state on {@code inventory.stock} says (search's second feed). Kept in
 * memory: the topic is compacted and holds one small record per SKU, so every start reads it again from the
 * beginning instead of storing it beside the index. A SKU inventory has not announced is not in stock.
 * <p>
 * Written by the stock feed's thread; read by the indexing thread, which writes each product document's in-stock flag
 * from it and takes the SKUs that {@linkplain #takeFlipped() flipped} to rewrite the documents holding them.
 */
@Component
public class StockLevels {

    private record Level(boolean inStock, long version) {
    }

    private final Map<String, Level> levels = new ConcurrentHashMap<>();
    /** SKUs whose inStock changed and whose documents may not show it yet; added after the level is stored. */
    private final Set<String> flipped = ConcurrentHashMap.newKeySet();
    private volatile boolean complete;

    /**
     * Keeps the state unless a newer one (a higher version) is already held: replays and reorders are harmless.
     *
     * @return true if the SKU's inStock changed (a SKU not known before counts as out of stock)
     */
    public boolean apply(StockChangedV1 state) {
        boolean[] changed = { false };
        levels.compute(state.sku(), (sku, held) -> {
            if (held != null && state.version() < held.version()) {
                return held;
            }
            changed[0] = (held != null && held.inStock()) != state.inStock();
            return new Level(state.inStock(), state.version());
        });
        if (changed[0]) {
            flipped.add(state.sku());
        }
        return changed[0];
    }

    public boolean anyInStock(Collection<String> skus) {
        return skus.stream().anyMatch(sku -> {
            Level level = levels.get(sku);
            return level != null && level.inStock();
        });
    }

    /**
     * The SKUs that flipped since the last call, no longer remembered as flipped. A SKU is removed before its level
     * is read again and added after its level was stored, so a flip racing with this call is either seen by the
     * caller's reading of the level or taken by the next call, never lost.
     */
    public Set<String> takeFlipped() {
        Set<String> taken = new HashSet<>();
        for (Iterator<String> skus = flipped.iterator(); skus.hasNext(); ) {
            taken.add(skus.next());
            skus.remove();
        }
        return taken;
    }

    /** The feed has read the whole topic as it was at start: every SKU's level is known from now on. */
    void markComplete() {
        complete = true;
    }

    /** True once the stock feed has caught up with the topic (after the start); stays true. */
    public boolean isComplete() {
        return complete;
    }

    public int size() {
        return levels.size();
    }
}
