package dev.emporium.inventory.stock;

import dev.emporium.inventory.InventoryProperties;
import dev.emporium.inventory.stock.StockViews.Availability;
import dev.emporium.inventory.stock.StockViews.LocationStock;
import dev.emporium.inventory.stock.StockViews.LowStock;
import dev.emporium.inventory.stock.StockViews.Movement;
import dev.emporium.inventory.stock.StockViews.StockDetail;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of stock; each is one statement, so it sees one consistent state. */
@Component
public class StockQueries {

    /** Available units per SKU over the active locations. */
    private static final String AVAILABLE = """
            SELECT k.sku, COALESCE(SUM(s.on_hand - s.reserved) FILTER (WHERE l.active), 0) AS available,
                   COALESCE(k.low_stock_threshold, :threshold) AS threshold
            FROM sku k LEFT JOIN stock s ON s.sku = k.sku LEFT JOIN location l ON l.id = s.location_id""";

    private final JdbcClient jdbc;
    private final InventoryProperties properties;

    StockQueries(JdbcClient jdbc, InventoryProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Optional<Availability> availability(String sku) {
        return availability(List.of(sku)).stream().filter(a -> a.sku().equals(sku)).findFirst();
    }

    /** Only the SKUs inventory knows. */
    public List<Availability> availability(List<String> skus) {
        return jdbc.sql(AVAILABLE + " WHERE k.sku IN (:skus) GROUP BY k.sku")
                .param("skus", skus).param("threshold", properties.lowStockThreshold())
                .query((rs, row) -> new Availability(rs.getString("sku"), rs.getInt("available"), rs.getInt("available") > 0))
                .list();
    }

    /** Every SKU asked for, in order; one inventory does not know has nothing available. */
    public List<Availability> availabilityOf(List<String> skus) {
        Map<String, Availability> known = availability(skus).stream()
                .collect(Collectors.toMap(Availability::sku, Function.identity()));
        return skus.stream().map(sku -> known.getOrDefault(sku, new Availability(sku, 0, false))).toList();
    }

    public Optional<StockDetail> detail(String sku) {
        Optional<Integer> threshold = jdbc.sql("SELECT COALESCE(low_stock_threshold, :threshold) FROM sku WHERE sku = :sku")
                .param("sku", sku).param("threshold", properties.lowStockThreshold()).query(Integer.class).optional();
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        List<LocationStock> locations = jdbc.sql("""
                SELECT s.location_id, l.code, l.active, s.on_hand, s.reserved, s.on_hand - s.reserved AS available
                FROM stock s JOIN location l ON l.id = s.location_id WHERE s.sku = :sku ORDER BY l.priority, l.code""")
                .param("sku", sku).query(LocationStock.class).list();
        int onHand = locations.stream().mapToInt(LocationStock::onHand).sum();
        int reserved = locations.stream().mapToInt(LocationStock::reserved).sum();
        int forSale = locations.stream().filter(LocationStock::active).mapToInt(LocationStock::available).sum();
        return Optional.of(new StockDetail(sku, onHand, reserved, onHand - reserved, threshold.get(), forSale <= threshold.get(), locations));
    }

    public PageResponse<Movement> movements(String sku, PageQuery page) {
        long total = jdbc.sql("SELECT count(*) FROM movement WHERE sku = :sku").param("sku", sku).query(Long.class).single();
        List<Movement> items = jdbc.sql("""
                SELECT at, location_id, delta_on_hand AS delta, delta_reserved, on_hand_after, reserved_after, reason, actor, reference
                FROM movement WHERE sku = :sku ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("sku", sku).param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new Movement(rs.getTimestamp("at").toInstant(), rs.getObject("location_id", java.util.UUID.class),
                        rs.getInt("delta"), rs.getInt("delta_reserved"), rs.getInt("on_hand_after"), rs.getInt("reserved_after"),
                        rs.getString("reason"), rs.getString("actor"), rs.getString("reference")))
                .list();
        return PageResponse.of(items, page, total);
    }

    /** SKUs at or under their threshold, fewest available first. */
    public PageResponse<LowStock> lowStock(PageQuery page) {
        String low = AVAILABLE + " GROUP BY k.sku HAVING COALESCE(SUM(s.on_hand - s.reserved) FILTER (WHERE l.active), 0)"
                + " <= COALESCE(k.low_stock_threshold, :threshold)";
        long total = jdbc.sql("SELECT count(*) FROM (" + low + ") low").param("threshold", properties.lowStockThreshold())
                .query(Long.class).single();
        List<LowStock> items = jdbc.sql(low + " ORDER BY available, k.sku LIMIT :limit OFFSET :offset")
                .param("threshold", properties.lowStockThreshold()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new LowStock(rs.getString("sku"), rs.getInt("available"), rs.getInt("threshold"))).list();
        return PageResponse.of(items, page, total);
    }
}
