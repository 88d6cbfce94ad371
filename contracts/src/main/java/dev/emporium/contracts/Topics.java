package dev.emporium.contracts;

import dev.emporium.contracts.cart.CartCheckedOutV1;
import dev.emporium.contracts.cart.CartItemAddedV1;
import dev.emporium.contracts.cart.CartItemQuantityChangedV1;
import dev.emporium.contracts.cart.CartItemRemovedV1;
import dev.emporium.contracts.cart.CartMergedV1;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.identity.UserRegisteredV1;
import dev.emporium.contracts.inventory.StockChangedV1;
import dev.emporium.contracts.inventory.StockLowV1;
import dev.emporium.contracts.payment.PaymentAuthorizedV1;
import dev.emporium.contracts.payment.PaymentCapturedV1;
import dev.emporium.contracts.payment.PaymentDisputedV1;
import dev.emporium.contracts.payment.PaymentFailedV1;
import dev.emporium.contracts.payment.PaymentRefundedV1;
import dev.emporium.contracts.payment.PaymentVoidedV1;
import dev.emporium.contracts.order.OrderCancelledV1;
import dev.emporium.contracts.order.OrderConfirmedV1;
import dev.emporium.contracts.order.OrderDeliveredV1;
import dev.emporium.contracts.order.OrderPlacedV1;
import dev.emporium.contracts.order.OrderRefundedV1;
import dev.emporium.contracts.order.OrderShippedV1;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kafka topic names, {@code <context>.<aggregate>}, and their shape ({@link #describe}); a failing message goes to
 * {@code <topic>.DLT}. A service declares the topics it publishes or consumes by these names (platform-core's
 * {@code EventTopics}) and the platform creates them: brokers never create topics on their own. A topic that carries
 * events has a {@link TopicContract} ({@link #contracts}): its key, publisher, consumers and event types; the
 * others are names reserved for services still to come.
 */
public final class Topics {

    public static final String IDENTITY_USERS = "identity.users";
    public static final String CATALOG_PRODUCTS = "catalog.products";
    public static final String INVENTORY_STOCK = "inventory.stock";
    /** Not compacted: each record is an occurrence (a SKU turned low), not a state a later one replaces. */
    public static final String INVENTORY_STOCK_ALERTS = "inventory.stock-alerts";
    public static final String CART_EVENTS = "cart.events";
    public static final String CHECKOUT_EVENTS = "checkout.events";
    public static final String ORDERS = "orders.orders";
    public static final String PAYMENTS = "payments.payments";

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private static final Map<String, Topic> ALL = List.of(
            new Topic(IDENTITY_USERS, 3, false),
            new Topic(CATALOG_PRODUCTS, 3, true),
            new Topic(INVENTORY_STOCK, 3, true),
            new Topic(INVENTORY_STOCK_ALERTS, 3, false),
            new Topic(CART_EVENTS, 3, false),
            new Topic(CHECKOUT_EVENTS, 3, false),
            new Topic(ORDERS, 3, false),
            new Topic(PAYMENTS, 3, false))
            .stream().collect(Collectors.toUnmodifiableMap(Topic::name, Function.identity()));

    private static final Map<String, TopicContract> CONTRACTS = List.of(
            new TopicContract(IDENTITY_USERS, "userId", "identity", List.of(), List.of(UserRegisteredV1.class)),
            new TopicContract(CATALOG_PRODUCTS, "productId", "catalog", List.of("search", "inventory", "cart", "checkout"), List.of(ProductChangedV1.class)),
            new TopicContract(INVENTORY_STOCK, "sku", "inventory", List.of("search", "cart"), List.of(StockChangedV1.class)),
            new TopicContract(INVENTORY_STOCK_ALERTS, "sku", "inventory", List.of(), List.of(StockLowV1.class)),
            new TopicContract(CART_EVENTS, "cartId", "cart", List.of(), List.of(CartItemAddedV1.class,
                    CartItemQuantityChangedV1.class, CartItemRemovedV1.class, CartMergedV1.class, CartCheckedOutV1.class)),
            new TopicContract(PAYMENTS, "paymentId", "payment", List.of(), List.of(PaymentAuthorizedV1.class,
                    PaymentCapturedV1.class, PaymentVoidedV1.class, PaymentRefundedV1.class, PaymentFailedV1.class,
                    PaymentDisputedV1.class)),
            new TopicContract(ORDERS, "orderId", "order", List.of("inventory"), List.of(OrderPlacedV1.class, OrderConfirmedV1.class,
                    OrderCancelledV1.class, OrderShippedV1.class, OrderDeliveredV1.class, OrderRefundedV1.class)))
            .stream().collect(Collectors.toUnmodifiableMap(TopicContract::topic, Function.identity()));

    static {
        CONTRACTS.keySet().forEach(Topics::describe); // a contract for a topic without a shape fails here, at once
    }

    private Topics() {
    }

    /** The shape of a topic of this contract; an unknown name is a programming error. */
    public static Topic describe(String name) {
        Topic topic = ALL.get(name);
        if (topic == null) {
            throw new IllegalArgumentException("No topic " + name + " in the contracts (see Topics)");
        }
        return topic;
    }

    /** Every topic of the contracts, ordered by name. */
    public static List<Topic> all() {
        return ALL.values().stream().sorted(Comparator.comparing(Topic::name)).toList();
    }

    /** The topics that carry events, ordered by name. */
    public static List<TopicContract> contracts() {
        return CONTRACTS.values().stream().sorted(Comparator.comparing(TopicContract::topic)).toList();
    }

    /** Who publishes and consumes a topic and what travels on it; empty for a name reserved for a future service. */
    public static Optional<TopicContract> contractOf(String name) {
        return Optional.ofNullable(CONTRACTS.get(name));
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The topic a dead-letter topic belongs to. */
    public static String originOf(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException(deadLetterTopic + " is not a dead-letter topic");
        }
        return deadLetterTopic.substring(0, deadLetterTopic.length() - DEAD_LETTER_SUFFIX.length());
    }
}
