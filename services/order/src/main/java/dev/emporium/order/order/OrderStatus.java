package dev.emporium.order.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's status and the transitions it allows: {@code PENDING → CONFIRMED → SHIPPED → DELIVERED}; PENDING and
 * CONFIRMED may be CANCELLED (before shipping); CONFIRMED, SHIPPED and DELIVERED become REFUNDED once everything
 * captured is refunded (a partial refund keeps the status). CANCELLED and REFUNDED are final.
 */
public enum OrderStatus {
    PENDING, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

    private static final Set<OrderStatus> REFUNDABLE = EnumSet.of(CONFIRMED, SHIPPED, DELIVERED);

    public boolean canBecome(OrderStatus next) {
        return switch (next) {
            case PENDING -> false;
            case CONFIRMED -> this == PENDING;
            case SHIPPED -> this == CONFIRMED;
            case DELIVERED -> this == SHIPPED;
            case CANCELLED -> this == PENDING || this == CONFIRMED;
            case REFUNDED -> REFUNDABLE.contains(this);
        };
    }

    /** Whether an admin may refund money of an order in this status. */
    public boolean isRefundable() {
        return REFUNDABLE.contains(this);
    }
}
