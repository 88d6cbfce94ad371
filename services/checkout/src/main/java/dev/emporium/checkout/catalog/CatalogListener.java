package dev.emporium.checkout.catalog;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.platform.events.EventInbox;
import dev.emporium.platform.events.MalformedEventException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link CatalogReadModel} in step with {@code catalog.products}: one consumer group for all replicas (they
 * share the database), each event applied once (the platform's inbox), a state older than the one held ignored.
 * A tombstone (no value) takes the product off sale for good; it carries no CloudEvents headers, so it is applied
 * directly, which is idempotent by itself.
 */
@Component
class CatalogListener {

    static final String CONSUMER = "checkout-catalog";

    private final EventInbox inbox;
    private final CatalogReadModel catalog;

    CatalogListener(EventInbox inbox, CatalogReadModel catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
    }

    @KafkaListener(topics = Topics.CATALOG_PRODUCTS)
    void on(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            catalog.remove(productId(record.key()));
            return;
        }
        inbox.handleOnce(CONSUMER, record, event -> {
            if (!ProductChangedV1.TYPE.equals(event.type())) {
                throw new MalformedEventException("type " + event.type() + ", expected " + ProductChangedV1.TYPE);
            }
            catalog.apply(event.data(ProductChangedV1.class));
        });
    }

    private static UUID productId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("A tombstone whose key is not a product id: " + key);
        }
    }
}
