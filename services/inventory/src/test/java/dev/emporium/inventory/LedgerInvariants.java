package dev.emporium.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What must hold at any quiet moment, whatever ran before: the figures are the sum of the log, nothing oversold. */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    public static void assertHold(JdbcClient jdbc, String context) {
        List<String> figuresOffTheLog = jdbc.sql("""
                SELECT s.sku || '@' || s.location_id || ': ' || s.on_hand || '/' || s.reserved || ' vs log '
                       || COALESCE(SUM(m.delta_on_hand), 0) || '/' || COALESCE(SUM(m.delta_reserved), 0)
                FROM stock s LEFT JOIN movement m ON m.sku = s.sku AND m.location_id = s.location_id
                GROUP BY s.sku, s.location_id, s.on_hand, s.reserved
                HAVING s.on_hand <> COALESCE(SUM(m.delta_on_hand), 0) OR s.reserved <> COALESCE(SUM(m.delta_reserved), 0)""")
                .query(String.class).list();
        assertThat(figuresOffTheLog).as("stock figures that differ from the sum of their movements (%s)", context).isEmpty();

        List<String> lastMovementOff = jdbc.sql("""
                SELECT s.sku || '@' || s.location_id FROM stock s
                JOIN LATERAL (SELECT on_hand_after, reserved_after FROM movement m
                              WHERE m.sku = s.sku AND m.location_id = s.location_id ORDER BY m.id DESC LIMIT 1) last ON true
                WHERE last.on_hand_after <> s.on_hand OR last.reserved_after <> s.reserved""").query(String.class).list();
        assertThat(lastMovementOff).as("stock rows whose last movement shows other figures (%s)", context).isEmpty();

        List<String> negative = jdbc.sql("SELECT sku FROM stock WHERE reserved < 0 OR on_hand < reserved").query(String.class).list();
        assertThat(negative).as("negative reserved or available (%s)", context).isEmpty();

        List<String> reservedOff = jdbc.sql("""
                SELECT s.sku || '@' || s.location_id || ': reserved ' || s.reserved || ', held ' || COALESCE(SUM(a.quantity), 0)
                FROM stock s LEFT JOIN (reservation_allocation a JOIN reservation r ON r.id = a.reservation_id AND r.status = 'RESERVED')
                     ON a.sku = s.sku AND a.location_id = s.location_id
                GROUP BY s.sku, s.location_id, s.reserved HAVING s.reserved <> COALESCE(SUM(a.quantity), 0)""")
                .query(String.class).list();
        assertThat(reservedOff).as("reserved units that differ from the open reservations' (%s)", context).isEmpty();
    }
}
