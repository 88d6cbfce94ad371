package dev.emporium.inventory.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only writer of stock figures: every change of a stock row and its movement are one statement, so the figures
 * always equal the sum of the movement log. Callers lock the rows they change first ({@link #lock}), always in the
 * order (sku, location), which is what keeps concurrent multi-line reservations from deadlocking.
 */
@Component
public class StockLedger {

    private static final String ROW = """
            SELECT s.sku, s.location_id, s.on_hand, s.reserved, l.priority, l.code AS location_code, l.active
            FROM stock s JOIN location l ON l.id = s.location_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    StockLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Locks every stock row of these SKUs, in (sku, location) order, and returns them in that order. */
    public List<StockRow> lock(Collection<String> skus) {
        return jdbc.sql(ROW + " WHERE s.sku IN (:skus) ORDER BY s.sku, s.location_id FOR UPDATE OF s")
                .param("skus", List.copyOf(skus)).query(StockRow.class).list();
    }

    /** Makes sure the SKU has a (zero) stock row at the location and locks it. */
    public StockRow lockOne(String sku, UUID locationId) {
        ensure(sku, locationId);
        return jdbc.sql(ROW + " WHERE s.sku = :sku AND s.location_id = :location FOR UPDATE OF s")
                .param("sku", sku).param("location", locationId).query(StockRow.class).single();
    }

    /** Registers the SKU and its stock row at the location (at 0) unless they exist; true when the SKU is new. */
    public boolean ensure(String sku, UUID locationId) {
        boolean created = jdbc.sql("INSERT INTO sku (sku) VALUES (:sku) ON CONFLICT DO NOTHING").param("sku", sku).update() == 1;
        jdbc.sql("INSERT INTO stock (sku, location_id) VALUES (:sku, :location) ON CONFLICT DO NOTHING")
                .param("sku", sku).param("location", locationId).update();
        return created;
    }

    /** Changes a locked row and appends its movement, in one statement. */
    public void apply(String sku, UUID locationId, int deltaOnHand, int deltaReserved, MovementReason reason, String actor,
            String reference) {
        int written = jdbc.sql("""
                WITH changed AS (
                    UPDATE stock SET on_hand = on_hand + :dOnHand, reserved = reserved + :dReserved
                    WHERE sku = :sku AND location_id = :location
                    RETURNING sku, location_id, on_hand, reserved)
                INSERT INTO movement (at, sku, location_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after, reason, actor, reference)
                SELECT :at, sku, location_id, :dOnHand, :dReserved, on_hand, reserved, :reason, :actor, :reference FROM changed""")
                .param("dOnHand", deltaOnHand).param("dReserved", deltaReserved).param("sku", sku).param("location", locationId)
                .param("at", java.sql.Timestamp.from(Instant.now(clock))).param("reason", reason.name())
                .param("actor", actor).param("reference", reference).update();
        if (written != 1) {
            throw new IllegalStateException("No stock row for " + sku + " at " + locationId);
        }
    }
}
