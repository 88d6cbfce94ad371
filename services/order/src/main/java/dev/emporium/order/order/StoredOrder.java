package dev.emporium.order.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order's row. Amounts in {@code currency}; {@code refundedAmount} counts refunds pending or done. */
public record StoredOrder(UUID id, String number, UUID checkoutId, UUID customerId, OrderStatus status, String currency,
        BigDecimal subtotal, BigDecimal shipping, BigDecimal tax, BigDecimal total, String shippingAddress, String shippingMethod,
        @Nullable UUID paymentId, @Nullable String paymentStatus, @Nullable String cardBrand, @Nullable String cardLast4,
        BigDecimal capturedAmount, BigDecimal refundedAmount, @Nullable UUID reservationId, @Nullable String carrier,
        @Nullable String trackingNumber, @Nullable String cancelReason, String requestHash, Instant createdAt, Instant updatedAt) {

    static final String COLUMNS = """
            id, number, checkout_id, customer_id, status, currency, subtotal, shipping, tax, total, shipping_address::text AS address,
            shipping_method, payment_id, payment_status, card_brand, card_last4, captured_amount, refunded_amount, reservation_id,
            carrier, tracking_number, cancel_reason, request_hash, created_at, updated_at""";

    static StoredOrder map(ResultSet rs, int row) throws SQLException {
        return new StoredOrder(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("checkout_id", UUID.class),
                rs.getObject("customer_id", UUID.class), OrderStatus.valueOf(rs.getString("status")), rs.getString("currency"),
                rs.getBigDecimal("subtotal"), rs.getBigDecimal("shipping"), rs.getBigDecimal("tax"), rs.getBigDecimal("total"),
                rs.getString("address"), rs.getString("shipping_method"), rs.getObject("payment_id", UUID.class),
                rs.getString("payment_status"), rs.getString("card_brand"), rs.getString("card_last4"),
                rs.getBigDecimal("captured_amount"), rs.getBigDecimal("refunded_amount"), rs.getObject("reservation_id", UUID.class),
                rs.getString("carrier"), rs.getString("tracking_number"), rs.getString("cancel_reason"), rs.getString("request_hash"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** What is captured and not yet refunded (nor asked to be). */
    public BigDecimal refundable() {
        return capturedAmount.subtract(refundedAmount);
    }
}
