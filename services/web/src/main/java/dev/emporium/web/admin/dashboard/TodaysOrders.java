package dev.emporium.web.admin.dashboard;

import dev.emporium.platform.money.Money;
import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.orders.AdminOrder;
import dev.emporium.web.admin.orders.OrderAdminClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Today's orders (since midnight UTC) and their revenue, from order's admin list, which is newest first and has no
 * date filter: pages of 100 are read until an order from before today turns up, at most {@link #MAX_PAGES} of them
 * (beyond that the figures are "at least"). Revenue is what was captured less what was refunded, per currency,
 * of the orders that were paid (not PENDING nor CANCELLED).
 */
@Component
class TodaysOrders {

    static final int MAX_PAGES = 10;
    private static final int PAGE_SIZE = 100;

    private final OrderAdminClient orders;
    private final Clock clock;

    TodaysOrders(OrderAdminClient orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    Figures count(AdminApi.Caller admin) {
        Instant since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant();
        int count = 0;
        Map<String, BigDecimal> revenue = new TreeMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            AdminOrder.Page orders = this.orders.list(admin, null, null, page, PAGE_SIZE);
            for (AdminOrder order : orders.items()) {
                if (order.createdAt().isBefore(since)) {
                    return new Figures(count, money(revenue), false);
                }
                count++;
                if (order.paid() && order.payment() != null && order.payment().capturedAmount() != null) {
                    BigDecimal refunded = order.payment().refundedAmount() == null ? BigDecimal.ZERO
                            : order.payment().refundedAmount().amount();
                    revenue.merge(order.currency(), order.payment().capturedAmount().amount().subtract(refunded), BigDecimal::add);
                }
            }
            if (page + 1 >= orders.totalPages()) {
                return new Figures(count, money(revenue), false);
            }
        }
        return new Figures(count, money(revenue), true);
    }

    private static List<Money> money(Map<String, BigDecimal> revenue) {
        return revenue.entrySet().stream().map(e -> Money.rounded(e.getValue(), e.getKey())).toList();
    }

    /** @param atLeast more orders than were read may be from today */
    record Figures(int count, List<Money> revenue, boolean atLeast) {
    }
}
