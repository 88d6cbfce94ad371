package dev.emporium.order.order;

import dev.emporium.order.order.OrderRequests.CreateOrder;
import dev.emporium.order.refund.RefundLedger;
import dev.emporium.order.shipping.Carrier;
import dev.emporium.order.shipping.Carriers;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.web.ApiException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change of an order. Each runs in one transaction that first locks the order's row, checks the transition
 * against the status it finds there, and then writes the change, its history, its event and its jobs (refund,
 * tracking) together: two changes of one order never interleave (cancel racing ship: one finds the other's status
 * and is refused), and an event or a refund exists if and only if its change committed.
 */
@Service
public class OrderService {

    public static final String ORDER_ID_REUSED = "ORDER_ID_REUSED";
    public static final String ILLEGAL_ORDER_TRANSITION = "ILLEGAL_ORDER_TRANSITION";
    public static final String ORDER_NOT_CANCELLABLE = "ORDER_NOT_CANCELLABLE";
    public static final String ORDER_NOT_REFUNDABLE = "ORDER_NOT_REFUNDABLE";

    private final Orders orders;
    private final OrderEvents events;
    private final RefundLedger refunds;
    private final Carriers carriers;
    private final JsonMapper json;
    private final Clock clock;

    OrderService(Orders orders, OrderEvents events, RefundLedger refunds, Carriers carriers, JsonMapper json, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.refunds = refunds;
        this.carriers = carriers;
        this.json = json;
        this.clock = clock;
    }

    public record Created(StoredOrder order, boolean isNew) {
    }

    /** A PENDING order; the same id and request again answers the same order, another request with that id is 409. */
    @Transactional
    public Created create(CreateOrder request, String actor) {
        OrderChecks.check(request);
        String hash = fingerprint(request);
        Instant now = clock.instant();
        if (orders.insertIfAbsent(request, hash, json.writeValueAsString(request.shippingAddress()), now, actor)) {
            StoredOrder order = orders.find(request.orderId()).orElseThrow();
            events.placed(order, request.shippingAddress().country());
            return new Created(order, true);
        }
        StoredOrder existing = orders.find(request.orderId()).orElseThrow();
        if (!existing.requestHash().equals(hash)) {
            throw new ApiException(HttpStatus.CONFLICT, ORDER_ID_REUSED, "Order " + request.orderId() + " exists with another request");
        }
        return new Created(existing, false);
    }

    /** PENDING → CONFIRMED with the captured payment; confirming again answers the order. */
    @Transactional
    public StoredOrder confirm(UUID id, OrderRequests.ConfirmOrder request, String actor) {
        StoredOrder order = locked(id);
        if (order.status() == OrderStatus.CONFIRMED) {
            return order;
        }
        requireTransition(order, OrderStatus.CONFIRMED, ILLEGAL_ORDER_TRANSITION);
        Money captured = OrderChecks.money("payment.capturedAmount", request.payment().capturedAmount(), order.currency());
        if (captured.amount().compareTo(order.total()) > 0) {
            throw ApiException.invalidField("payment.capturedAmount.amount", "must be at most the order's total, " + order.total());
        }
        Instant now = clock.instant();
        orders.recordCapture(id, request.payment().status(), captured.amount());
        orders.changeStatus(id, OrderStatus.CONFIRMED, now, actor, null);
        StoredOrder confirmed = orders.find(id).orElseThrow();
        events.confirmed(confirmed, captured.amount(), now);
        return confirmed;
    }

    /**
     * Checkout's compensation: PENDING (or CONFIRMED) → CANCELLED without a refund of our own (checkout voids or refunds
     * the payment it made). Cancelling again answers the order.
     */
    @Transactional
    public StoredOrder cancelForCheckout(UUID id, String reason, String actor) {
        StoredOrder order = locked(id);
        if (order.status() == OrderStatus.CANCELLED) {
            return order;
        }
        return cancel(order, BigDecimal.ZERO, "CHECKOUT", reason, actor);
    }

    /**
     * The customer's cancel, before shipping: CONFIRMED → CANCELLED, and everything captured and not refunded yet is
     * refunded by a durable job. A PENDING order is still being placed by checkout and cannot be cancelled yet.
     */
    @Transactional
    public StoredOrder cancelForCustomer(UUID id, UUID customerId) {
        StoredOrder order = locked(id);
        if (!order.customerId().equals(customerId)) {
            throw ApiException.notFound("Order");
        }
        if (order.status() != OrderStatus.CONFIRMED) {
            throw new ApiException(HttpStatus.CONFLICT, ORDER_NOT_CANCELLABLE, order.status() == OrderStatus.PENDING
                    ? "Order " + order.number() + " is still being placed; try again in a moment"
                    : "Order " + order.number() + " is " + order.status() + " and can no longer be cancelled",
                    Map.of("orderStatus", order.status().name()));
        }
        BigDecimal refund = order.refundable();
        if (refund.signum() > 0) {
            refunds.record(order, refund, "CANCELLED", customerId.toString(), clock.instant());
        }
        return cancel(order, refund, "CUSTOMER", "Cancelled by the customer", customerId.toString());
    }

    /** CONFIRMED → SHIPPED with a carrier's tracking number. */
    @Transactional
    public StoredOrder ship(UUID id, String carrierCode, String actor) {
        Carrier carrier = carriers.named(carrierCode);
        StoredOrder order = locked(id);
        requireTransition(order, OrderStatus.SHIPPED, ILLEGAL_ORDER_TRANSITION);
        OrderRequests.Address address = json.readValue(order.shippingAddress(), OrderRequests.Address.class);
        Carrier.Shipment shipment = carrier.ship(new Carrier.Parcel(order.id(), order.number(), address.city(), address.country()));
        Instant now = clock.instant();
        orders.recordShipment(id, carrier.code(), shipment.trackingNumber());
        orders.changeStatus(id, OrderStatus.SHIPPED, now, actor, carrier.code() + " " + shipment.trackingNumber());
        StoredOrder shipped = orders.find(id).orElseThrow();
        events.shipped(shipped, carrier.code(), shipment.trackingNumber(), now);
        return shipped;
    }

    /** SHIPPED → DELIVERED by an admin (the carrier's own report does it too); delivered already answers the order. */
    @Transactional
    public StoredOrder deliver(UUID id, String actor) {
        StoredOrder order = locked(id);
        if (order.status() == OrderStatus.DELIVERED) {
            return order;
        }
        requireTransition(order, OrderStatus.DELIVERED, ILLEGAL_ORDER_TRANSITION);
        Instant now = clock.instant();
        orders.changeStatus(id, OrderStatus.DELIVERED, now, actor, null);
        events.delivered(order, "ADMIN", now);
        return orders.find(id).orElseThrow();
    }

    /**
     * An admin's refund of part or all of what is captured and not refunded yet (all of it without an amount); the
     * order becomes REFUNDED once nothing is left. Concurrent refunds queue on the order's row lock, so together they
     * never exceed what was captured.
     */
    @Transactional
    public StoredOrder refund(UUID id, OrderRequests.@Nullable RefundOrder request, String actor) {
        StoredOrder order = locked(id);
        if (!order.status().isRefundable()) {
            throw new ApiException(HttpStatus.CONFLICT, ORDER_NOT_REFUNDABLE, "Order " + order.number() + " is " + order.status()
                    + ": only confirmed, shipped or delivered orders are refunded", Map.of("orderStatus", order.status().name()));
        }
        BigDecimal amount = request == null || request.amount() == null ? order.refundable()
                : OrderChecks.money("amount", request.amount(), order.currency()).amount();
        if (amount.signum() <= 0 && (request == null || request.amount() == null)) {
            throw refunds.exceeds(order, amount);
        }
        if (amount.signum() <= 0) {
            throw ApiException.invalidField("amount.amount", "must be positive");
        }
        Instant now = clock.instant();
        refunds.record(order, amount, "ADMIN", actor, now);
        if (amount.compareTo(order.refundable()) == 0) {
            orders.changeStatus(id, OrderStatus.REFUNDED, now, actor, "Refunded " + amount.toPlainString() + " " + order.currency());
        }
        return orders.find(id).orElseThrow();
    }

    private StoredOrder cancel(StoredOrder order, BigDecimal refund, String by, String reason, String actor) {
        requireTransition(order, OrderStatus.CANCELLED, ORDER_NOT_CANCELLABLE);
        Instant now = clock.instant();
        orders.recordCancelReason(order.id(), reason);
        orders.changeStatus(order.id(), OrderStatus.CANCELLED, now, actor, reason);
        events.cancelled(order, refund, by, reason, now);
        return orders.find(order.id()).orElseThrow();
    }

    private StoredOrder locked(UUID id) {
        return orders.lock(id).orElseThrow(() -> ApiException.notFound("Order"));
    }

    private static void requireTransition(StoredOrder order, OrderStatus next, String code) {
        if (!order.status().canBecome(next)) {
            throw new ApiException(HttpStatus.CONFLICT, code, "Order " + order.number() + " is " + order.status()
                    + " and cannot become " + next, Map.of("orderStatus", order.status().name()));
        }
    }

    private String fingerprint(CreateOrder request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
