package dev.emporium.order.refund;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The refund table: one row per refund asked of payment, its id being payment's idempotency key. */
@Repository
public class Refunds {

    public record Refund(UUID id, UUID orderId, BigDecimal amount, String status, String reason, String requestedBy, int attempts,
            @Nullable String lastError, Instant createdAt, @Nullable Instant completedAt) {
    }

    private static final String COLUMNS = "id, order_id, amount, status, reason, requested_by, attempts, last_error, created_at, completed_at";

    private final JdbcClient jdbc;

    Refunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Refund map(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Refund(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getBigDecimal("amount"),
                rs.getString("status"), rs.getString("reason"), rs.getString("requested_by"), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(), completed == null ? null : completed.toInstant());
    }

    void insert(UUID id, UUID orderId, BigDecimal amount, String reason, String requestedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO refund (id, order_id, amount, status, reason, requested_by, created_at)
                VALUES (:id, :order, :amount, 'PENDING', :reason, :by, :now)""")
                .param("id", id).param("order", orderId).param("amount", amount).param("reason", reason).param("by", requestedBy)
                .param("now", Timestamp.from(now)).update();
    }

    public Optional<Refund> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM refund WHERE id = :id").param("id", id).query(Refunds::map).optional();
    }

    /** Settles a PENDING refund; false when it was settled already (another run of the job got there first). */
    boolean settle(UUID id, String status, @Nullable String error, Instant now) {
        return jdbc.sql("""
                UPDATE refund SET status = :status, last_error = :error, completed_at = :now
                WHERE id = :id AND status = 'PENDING'""")
                .param("status", status).param("error", error).param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void recordAttempt(UUID id, String error) {
        jdbc.sql("UPDATE refund SET attempts = attempts + 1, last_error = :error WHERE id = :id AND status = 'PENDING'")
                .param("error", error).param("id", id).update();
    }

    BigDecimal succeededTotal(UUID orderId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM refund WHERE order_id = :order AND status = 'SUCCEEDED'")
                .param("order", orderId).query(BigDecimal.class).single();
    }

    /** Every refund of these orders, oldest first. */
    public Map<UUID, List<Refund>> of(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM refund WHERE order_id IN (:ids) ORDER BY created_at, id")
                .param("ids", orderIds).query(Refunds::map).list().stream()
                .collect(Collectors.groupingBy(Refund::orderId, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
