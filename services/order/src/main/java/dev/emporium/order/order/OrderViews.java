package dev.emporium.order.order;

import dev.emporium.order.refund.Refunds;
import dev.emporium.order.shipping.TrackingUpdates;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads orders as the API shows them (one read-only transaction each, so lines, history and refunds agree). */
@Component
public class OrderViews {

    private final Orders orders;
    private final Refunds refunds;
    private final TrackingUpdates tracking;
    private final JsonMapper json;

    OrderViews(Orders orders, Refunds refunds, TrackingUpdates tracking, JsonMapper json) {
        this.orders = orders;
        this.refunds = refunds;
        this.tracking = tracking;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public OrderView of(UUID id) {
        return view(orders.find(id).orElseThrow(() -> ApiException.notFound("Order")));
    }

    /** The customer's own order; another's is 404 like one that does not exist. */
    @Transactional(readOnly = true)
    public OrderView ofCustomer(UUID id, UUID customerId) {
        return view(owned(id, customerId));
    }

    @Transactional(readOnly = true)
    public OrderView view(StoredOrder order) {
        return views(List.of(order)).getFirst();
    }

    @Transactional(readOnly = true)
    public PageResponse<OrderView> page(@Nullable UUID customerId, @Nullable OrderStatus status, PageQuery page) {
        PageResponse<StoredOrder> stored = orders.page(customerId, status, page);
        return new PageResponse<>(views(stored.items()), stored.page(), stored.size(), stored.totalItems(), stored.totalPages());
    }

    @Transactional(readOnly = true)
    public OrderView.Tracking trackingOf(UUID id, UUID customerId) {
        StoredOrder order = owned(id, customerId);
        if (order.trackingNumber() == null) {
            throw new ApiException(org.springframework.http.HttpStatus.NOT_FOUND, "NOT_FOUND",
                    "Order " + order.number() + " has not shipped yet: no tracking");
        }
        return new OrderView.Tracking(String.valueOf(order.carrier()), order.trackingNumber(), tracking.of(id).stream()
                .map(e -> new OrderView.TrackingEvent(e.status(), e.at(), e.location())).toList());
    }

    private StoredOrder owned(UUID id, UUID customerId) {
        return orders.find(id).filter(o -> o.customerId().equals(customerId)).orElseThrow(() -> ApiException.notFound("Order"));
    }

    private List<OrderView> views(List<StoredOrder> stored) {
        List<UUID> ids = stored.stream().map(StoredOrder::id).toList();
        Map<UUID, List<Orders.Line>> lines = orders.lines(ids);
        Map<UUID, List<Orders.HistoryEntry>> history = orders.history(ids);
        Map<UUID, List<Refunds.Refund>> refundsOf = refunds.of(ids);
        return stored.stream().map(o -> {
            String c = o.currency();
            return new OrderView(o.id(), o.number(), o.status().name(), o.customerId(), o.checkoutId(),
                    lines.getOrDefault(o.id(), List.of()).stream().map(l -> new OrderView.OrderLine(l.productId(), l.sku(), l.name(),
                            l.quantity(), money(l.unitPrice(), c), money(l.lineTotal(), c))).toList(),
                    money(o.subtotal(), c), money(o.shipping(), c), money(o.tax(), c), money(o.total(), c), c,
                    json.readValue(o.shippingAddress(), OrderRequests.Address.class), o.shippingMethod(),
                    new OrderView.PaymentSummary(o.paymentStatus(), o.cardBrand(), o.cardLast4(), money(o.capturedAmount(), c),
                            money(o.refundedAmount(), c)),
                    o.trackingNumber() == null ? null : new OrderView.Shipment(String.valueOf(o.carrier()), o.trackingNumber()),
                    history.getOrDefault(o.id(), List.of()).stream().map(h -> new OrderView.StatusChange(h.status().name(), h.at())).toList(),
                    refundsOf.getOrDefault(o.id(), List.of()).stream().map(r -> new OrderView.Refund(r.id(), money(r.amount(), c),
                            r.status(), r.reason(), r.createdAt(), r.completedAt())).toList(),
                    o.cancelReason(), o.createdAt(), o.updatedAt());
        }).toList();
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.rounded(amount, currency);
    }
}
