package dev.emporium.contracts;

/** Kafka topic names, {@code <context>.<aggregate>}; a failing message goes to {@code <topic>.DLT}. */
public final class Topics {

    public static final String IDENTITY_USERS = "identity.users";
    public static final String CATALOG_PRODUCTS = "catalog.products";
    public static final String INVENTORY_STOCK = "inventory.stock";
    public static final String CART_EVENTS = "cart.events";
    public static final String CHECKOUT_EVENTS = "checkout.events";
    public static final String ORDERS = "orders.orders";
    public static final String PAYMENTS = "payments.payments";

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
