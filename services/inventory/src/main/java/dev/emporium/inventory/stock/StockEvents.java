package dev.emporium.inventory.stock;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.inventory.StockChangedV1;
import dev.emporium.contracts.inventory.StockLowV1;
import dev.emporium.inventory.InventoryProperties;
import dev.emporium.platform.events.EventPublisher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the availability of changed SKUs to {@code inventory.stock}, inside the transaction that changed them,
 * and, when a SKU's new state turned it low, a {@link StockLowV1} to {@code inventory.stock-alerts}. The state is read
 * after the publisher's per-key lock (the supplier form): two transactions changing one SKU at different locations do
 * not share a row lock, so only a read after the key's lock sees the other's committed change.
 *
 * <p>Turning low is decided against the state published before, kept on the SKU's row ({@code low_stock}) and
 * replaced by the same statement that bumps {@code version}: every state of a SKU is written under its key's lock,
 * so the flag read there is the one of the SKU's previous state in commit order, and a rolled-back change takes its
 * flag and its events with it. So each crossing from above the threshold to at or under it gives exactly one alert,
 * whatever runs at the same time.
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
     * cannot deadlock on them. An alert's lock (its topic, the same bucket) is taken right after its state's, so the
     * order stays one: bucket by bucket, the state's lock before the alert's.
     */
    public void publish(Collection<String> skus) {
        List<String> ordered = skus.size() == 1 ? List.copyOf(skus)
                : jdbc.sql("SELECT sku FROM sku WHERE sku IN (:skus) ORDER BY hashtext(sku) & 1023, sku")
                        .param("skus", List.copyOf(skus)).query(String.class).list();
        ordered.forEach(sku -> publishState(sku, null));
    }

    /**
     * Changes the SKU's low-stock threshold and publishes. The threshold lives in the row the publication bumps, so it
     * is written there, after the key's lock, like the version: writing it earlier would lock that row before the key.
     */
    public void publishWithThreshold(String sku, int threshold) {
        publishState(sku, threshold);
    }

    private void publishState(String sku, Integer newThreshold) {
        AtomicReference<NextState> next = new AtomicReference<>();
        events.publish(Topics.INVENTORY_STOCK, sku, () -> {
            next.set(nextState(sku, newThreshold));
            return next.get().state();
        });
        if (next.get().turnedLow()) {
            events.publish(Topics.INVENTORY_STOCK_ALERTS, sku, next.get().alert());
        }
    }

    /** {@code previous} and {@code next} see the same row: nothing else writes it while this transaction holds the key. */
    private NextState nextState(String sku, Integer newThreshold) {
        return jdbc.sql("""
                WITH available AS (SELECT COALESCE(SUM(s.on_hand - s.reserved), 0) AS units
                                   FROM stock s JOIN location l ON l.id = s.location_id WHERE s.sku = :sku AND l.active),
                     previous AS (SELECT low_stock FROM sku WHERE sku = :sku),
                     next AS (UPDATE sku SET version = version + 1,
                                     low_stock_threshold = CASE WHEN :change THEN :newThreshold ELSE low_stock_threshold END,
                                     low_stock = (SELECT units FROM available)
                                         <= COALESCE(CASE WHEN :change THEN :newThreshold ELSE low_stock_threshold END, :threshold)
                              WHERE sku = :sku RETURNING sku, version, low_stock_threshold, low_stock)
                SELECT next.sku, next.version, COALESCE(next.low_stock_threshold, :threshold) AS threshold,
                       (SELECT units FROM available) AS available, next.low_stock,
                       next.low_stock AND NOT (SELECT low_stock FROM previous) AS turned_low
                FROM next""")
                .param("sku", sku).param("threshold", properties.lowStockThreshold())
                .param("change", newThreshold != null).param("newThreshold", newThreshold == null ? 0 : newThreshold)
                .query((rs, row) -> nextState(rs, Instant.now(clock))).single();
    }

    private static NextState nextState(ResultSet rs, Instant now) throws SQLException {
        int available = rs.getInt("available");
        StockChangedV1 state = new StockChangedV1(rs.getString("sku"), available, available > 0, rs.getBoolean("low_stock"),
                rs.getLong("version"), now);
        return new NextState(state, rs.getBoolean("turned_low"), rs.getInt("threshold"));
    }

    /** The SKU's new state, whether it turned low with it, and the threshold it was measured against. */
    private record NextState(StockChangedV1 state, boolean turnedLow, int threshold) {

        StockLowV1 alert() {
            return new StockLowV1(state.sku(), state.available(), threshold, state.version(), state.changedAt());
        }
    }
}
