package dev.emporium.inventory.stock;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.inventory.StockChangedV1;
import dev.emporium.inventory.InventoryProperties;
import dev.emporium.platform.events.EventPublisher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the availability of changed SKUs to {@code inventory.stock}, inside the transaction that changed them.
 * The state is read after the publisher's per-key lock (the supplier form): two transactions changing one SKU at
 * different locations do not share a row lock, so only a read after the key's lock sees the other's committed change.
 */
@Component
public class StockEvents {

    private final JdbcClient jdbc;
    private final EventPublisher events;
    private final InventoryProperties properties;
    private final Clock clock;

    StockEvents(JdbcClient jdbc, EventPublisher events, InventoryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The publisher locks one of 1,024 buckets per key ({@code hashtext(key) & 1023}); publishing the SKUs of one
     * transaction in bucket order means two transactions take the buckets they share in the same order, so they
     * cannot deadlock on them.
     */
    public void publish(Collection<String> skus) {
        List<String> ordered = skus.size() == 1 ? List.copyOf(skus)
                : jdbc.sql("SELECT sku FROM sku WHERE sku IN (:skus) ORDER BY hashtext(sku) & 1023, sku")
                        .param("skus", List.copyOf(skus)).query(String.class).list();
        ordered.forEach(sku -> events.publish(Topics.INVENTORY_STOCK, sku, () -> nextState(sku, null)));
    }

    /**
     * Changes the SKU's low-stock threshold and publishes. The threshold lives in the row the publication bumps, so it
     * is written there, after the key's lock, like the version: writing it earlier would lock that row before the key.
     */
    public void publishWithThreshold(String sku, int threshold) {
        events.publish(Topics.INVENTORY_STOCK, sku, () -> nextState(sku, threshold));
    }

    private StockChangedV1 nextState(String sku, Integer newThreshold) {
        return jdbc.sql("""
                WITH next AS (UPDATE sku SET version = version + 1,
                                     low_stock_threshold = CASE WHEN :change THEN :newThreshold ELSE low_stock_threshold END
                              WHERE sku = :sku RETURNING sku, version, low_stock_threshold)
                SELECT next.sku, next.version, COALESCE(next.low_stock_threshold, :threshold) AS threshold,
                       COALESCE((SELECT SUM(s.on_hand - s.reserved) FROM stock s JOIN location l ON l.id = s.location_id
                                 WHERE s.sku = next.sku AND l.active), 0) AS available
                FROM next""")
                .param("sku", sku).param("threshold", properties.lowStockThreshold())
                .param("change", newThreshold != null).param("newThreshold", newThreshold == null ? 0 : newThreshold)
                .query((rs, row) -> event(rs, Instant.now(clock))).single();
    }

    private static StockChangedV1 event(ResultSet rs, Instant now) throws SQLException {
        int available = rs.getInt("available");
        return new StockChangedV1(rs.getString("sku"), available, available > 0, available <= rs.getInt("threshold"),
                rs.getLong("version"), now);
    }
}
