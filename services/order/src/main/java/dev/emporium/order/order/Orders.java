package dev.emporium.order.order;

import dev.emporium.order.order.OrderRequests.CreateOrder;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The order tables. Every status change writes the order row and its history row together. */
@Repository
public class Orders {

    public record Line(UUID orderId, int lineNo, UUID productId, String sku, String name, int quantity, BigDecimal unitPrice,
            BigDecimal lineTotal) {
    }

    public record HistoryEntry(UUID orderId, OrderStatus status, Instant at, String actor, @Nullable String note) {
    }

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the order, its lines and its first history entry unless the id exists. A concurrent insert of the same
     * id waits here for the other transaction: if that commits, this one sees its row (and inserts nothing).
     */
    boolean insertIfAbsent(CreateOrder order, String requestHash, String addressJson, Instant now, String actor) {
        int inserted = jdbc.sql("""
                INSERT INTO orders (id, number, checkout_id, customer_id, status, currency, subtotal, shipping, tax, total,
                                    shipping_address, shipping_method, payment_id, payment_status, card_brand, card_last4,
                                    reservation_id, request_hash, created_at, updated_at)
                VALUES (:id, 'EM-' || :year || '-' || lpad(nextval('order_number_seq')::text, 6, '0'), :checkout, :customer,
                        'PENDING', :currency, :subtotal, :shipping, :tax, :total, :address::jsonb, :method, :payment,
                        :paymentStatus, :brand, :last4, :reservation, :hash, :now, :now)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", order.orderId()).param("year", String.valueOf(now.atZone(ZoneOffset.UTC).getYear()))
                .param("checkout", order.checkoutId()).param("customer", order.customerId()).param("currency", order.currency())
                .param("subtotal", exact(order.subtotal())).param("shipping", exact(order.shipping()))
                .param("tax", exact(order.tax())).param("total", exact(order.total())).param("address", addressJson)
                .param("method", order.shippingMethod().name()).param("payment", order.payment().paymentId())
                .param("paymentStatus", order.payment().status()).param("brand", order.payment().brand())
                .param("last4", order.payment().last4()).param("reservation", order.reservationId()).param("hash", requestHash)
                .param("now", Timestamp.from(now)).update();
        if (inserted == 0) {
            return false;
        }
        for (int i = 0; i < order.lines().size(); i++) {
            OrderRequests.LineInput line = order.lines().get(i);
            jdbc.sql("""
                    INSERT INTO order_line (order_id, line_no, product_id, sku, name, quantity, unit_price, line_total)
                    VALUES (:order, :no, :product, :sku, :name, :quantity, :unit, :total)""")
                    .param("order", order.orderId()).param("no", i).param("product", line.productId()).param("sku", line.sku())
                    .param("name", line.name()).param("quantity", line.quantity()).param("unit", exact(line.unitPrice()))
                    .param("total", exact(line.lineTotal())).update();
        }
        history(order.orderId(), OrderStatus.PENDING, now, actor, null);
        return true;
    }

    /** The amount with exactly its currency's minor digits ({@link OrderChecks} made sure none is lost). */
    private static BigDecimal exact(OrderRequests.MoneyInput money) {
        return new Money(money.amount(), money.currency()).amount();
    }

    public Optional<StoredOrder> find(UUID id) {
        return jdbc.sql("SELECT " + StoredOrder.COLUMNS + " FROM orders WHERE id = :id").param("id", id)
                .query(StoredOrder::map).optional();
    }

    /** The order, locked until the transaction ends: every change of an order happens under this lock. */
    public Optional<StoredOrder> lock(UUID id) {
        return jdbc.sql("SELECT " + StoredOrder.COLUMNS + " FROM orders WHERE id = :id FOR UPDATE").param("id", id)
                .query(StoredOrder::map).optional();
    }

    public Optional<StoredOrder> lockByTrackingNumber(String trackingNumber) {
        return jdbc.sql("SELECT " + StoredOrder.COLUMNS + " FROM orders WHERE tracking_number = :tracking FOR UPDATE")
                .param("tracking", trackingNumber).query(StoredOrder::map).optional();
    }

    /** Moves a (locked) order to a status and records it in its history. */
    public void changeStatus(UUID id, OrderStatus status, Instant now, String actor, @Nullable String note) {
        jdbc.sql("UPDATE orders SET status = :status, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update();
        history(id, status, now, actor, note);
    }

    void recordCapture(UUID id, String paymentStatus, BigDecimal captured) {
        jdbc.sql("UPDATE orders SET payment_status = :status, captured_amount = :captured WHERE id = :id")
                .param("status", paymentStatus).param("captured", captured).param("id", id).update();
    }

    void recordShipment(UUID id, String carrier, String trackingNumber) {
        jdbc.sql("UPDATE orders SET carrier = :carrier, tracking_number = :tracking WHERE id = :id")
                .param("carrier", carrier).param("tracking", trackingNumber).param("id", id).update();
    }

    void recordCancelReason(UUID id, String reason) {
        jdbc.sql("UPDATE orders SET cancel_reason = :reason WHERE id = :id").param("reason", reason).param("id", id).update();
    }

    /** Adds to (or, for a refund payment refused, takes from) the refunded amount; the table's CHECK bounds it. */
    public void addRefunded(UUID id, BigDecimal amount) {
        jdbc.sql("UPDATE orders SET refunded_amount = refunded_amount + :amount WHERE id = :id")
                .param("amount", amount).param("id", id).update();
    }

    public void updatePaymentStatus(UUID id, String paymentStatus) {
        jdbc.sql("UPDATE orders SET payment_status = :status WHERE id = :id").param("status", paymentStatus).param("id", id).update();
    }

    public List<Line> lines(UUID id) {
        return lines(List.of(id)).getOrDefault(id, List.of());
    }

    Map<UUID, List<Line>> lines(List<UUID> ids) {
        Map<UUID, List<Line>> byOrder = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byOrder;
        }
        jdbc.sql("""
                SELECT order_id, line_no, product_id, sku, name, quantity, unit_price, line_total FROM order_line
                WHERE order_id IN (:ids) ORDER BY order_id, line_no""")
                .param("ids", ids).query(Line.class).list()
                .forEach(line -> byOrder.computeIfAbsent(line.orderId(), id -> new ArrayList<>()).add(line));
        return byOrder;
    }

    Map<UUID, List<HistoryEntry>> history(List<UUID> ids) {
        Map<UUID, List<HistoryEntry>> byOrder = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byOrder;
        }
        jdbc.sql("SELECT order_id, status, at, actor, note FROM order_status_history WHERE order_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query((rs, row) -> new HistoryEntry(rs.getObject("order_id", UUID.class), OrderStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("note")))
                .list()
                .forEach(entry -> byOrder.computeIfAbsent(entry.orderId(), id -> new ArrayList<>()).add(entry));
        return byOrder;
    }

    /** A page of orders, newest first, of one customer and/or in one status (either may be null: any). */
    PageResponse<StoredOrder> page(@Nullable UUID customerId, @Nullable OrderStatus status, PageQuery page) {
        String where = " WHERE (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)"
                + " AND (CAST(:status AS text) IS NULL OR status = :status)";
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM orders" + where).param("customer", customerId).param("status", statusName)
                .query(Long.class).single();
        List<StoredOrder> items = jdbc.sql("SELECT " + StoredOrder.COLUMNS + " FROM orders" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("customer", customerId).param("status", statusName).param("limit", page.size()).param("offset", page.offset())
                .query(StoredOrder::map).list();
        return PageResponse.of(items, page, total);
    }

    private void history(UUID id, OrderStatus status, Instant now, String actor, @Nullable String note) {
        jdbc.sql("INSERT INTO order_status_history (order_id, status, at, actor, note) VALUES (:id, :status, :at, :actor, :note)")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(now)).param("actor", actor)
                .param("note", note).update();
    }
}
