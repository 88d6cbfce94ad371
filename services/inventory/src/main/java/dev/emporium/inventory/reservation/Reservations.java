package dev.emporium.inventory.reservation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reservation tables. Lines are kept as the request made them ({@code sku=quantity;...} in SKU order). */
@Repository
class Reservations {

    record Stored(UUID id, String status, String lines, Instant expiresAt) {
    }

    record Allocation(UUID reservationId, String sku, UUID locationId, int quantity) {
    }

    private final JdbcClient jdbc;

    Reservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String linesKey(SortedMap<String, Integer> lines) {
        StringBuilder key = new StringBuilder();
        lines.forEach((sku, quantity) -> key.append(sku).append('=').append(quantity).append(';'));
        return key.toString();
    }

    static SortedMap<String, Integer> parseLines(String key) {
        SortedMap<String, Integer> lines = new TreeMap<>();
        for (String line : key.split(";")) {
            int equals = line.lastIndexOf('=');
            lines.put(line.substring(0, equals), Integer.parseInt(line.substring(equals + 1)));
        }
        return lines;
    }

    /**
     * Inserts the reservation unless its id exists. A concurrent insert of the same id waits here for the other
     * transaction: if it commits this one sees its row, if it rolls back (out of stock) this one goes ahead.
     */
    boolean insertIfAbsent(UUID id, String lines, Instant expiresAt, Instant now, String actor) {
        return jdbc.sql("""
                INSERT INTO reservation (id, status, lines, expires_at, created_at, actor)
                VALUES (:id, 'RESERVED', :lines, :expires, :now, :actor) ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("lines", lines).param("expires", Timestamp.from(expiresAt))
                .param("now", Timestamp.from(now)).param("actor", actor).update() == 1;
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT id, status, lines, expires_at FROM reservation WHERE id = :id").param("id", id)
                .query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("lines"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    Optional<Stored> lock(UUID id) {
        return jdbc.sql("SELECT id, status, lines, expires_at FROM reservation WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("lines"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Locks up to {@code limit} expired reservations no other replica is releasing; skips the ones it is. */
    List<UUID> claimExpired(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM reservation WHERE status = 'RESERVED' AND expires_at <= :now
                ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
    }

    void allocate(Allocation allocation) {
        jdbc.sql("INSERT INTO reservation_allocation (reservation_id, sku, location_id, quantity) VALUES (:id, :sku, :location, :quantity)")
                .param("id", allocation.reservationId()).param("sku", allocation.sku()).param("location", allocation.locationId())
                .param("quantity", allocation.quantity()).update();
    }

    /** The allocations of these reservations, in location priority order. */
    List<Allocation> allocations(List<UUID> ids) {
        return jdbc.sql("""
                SELECT a.reservation_id, a.sku, a.location_id, a.quantity FROM reservation_allocation a
                JOIN location l ON l.id = a.location_id WHERE a.reservation_id IN (:ids) ORDER BY a.sku, l.priority, l.code""")
                .param("ids", ids).query(Allocation.class).list();
    }

    void close(List<UUID> ids, String status, Instant now) {
        jdbc.sql("UPDATE reservation SET status = :status, closed_at = :now WHERE id IN (:ids)")
                .param("status", status).param("now", Timestamp.from(now)).param("ids", ids).update();
    }

    ReservationView view(Stored stored, String status) {
        Map<String, List<ReservationView.Allocation>> bySku = new LinkedHashMap<>();
        allocations(List.of(stored.id())).forEach(a -> bySku.computeIfAbsent(a.sku(), sku -> new ArrayList<>())
                .add(new ReservationView.Allocation(a.locationId(), a.quantity())));
        List<ReservationView.Line> lines = parseLines(stored.lines()).entrySet().stream()
                .map(line -> new ReservationView.Line(line.getKey(), line.getValue(), bySku.getOrDefault(line.getKey(), List.of())))
                .toList();
        return new ReservationView(stored.id(), status, stored.expiresAt(), lines);
    }
}
