package dev.emporium.search.indexing;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.platform.events.IncomingEvent;
import dev.emporium.platform.events.MalformedEventException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code catalog.products} record: a CloudEvent in Kafka binary mode whose data is a {@link ProductChangedV1},
 * or a tombstone (null value) for a product that is gone. Anything else is a {@link MalformedEventException}.
 */
class ProductEventReader {

    static final Set<String> STATUSES = Set.of("ACTIVE", "DRAFT", "ARCHIVED");

    private final JsonMapper json;

    ProductEventReader(JsonMapper json) {
        this.json = json;
    }

    /** What a record asks of the index. */
    sealed interface Change {
        String productId();
    }

    /** The product is for sale: index this state. */
    record Upsert(ProductChangedV1 product) implements Change {
        @Override
        public String productId() {
            return product.productId().toString();
        }
    }

    /** The product is not for sale (DRAFT, ARCHIVED) or gone (tombstone): drop it; {@code version} null if unknown. */
    record Remove(String productId, Long version) implements Change {
    }

    Change read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return new Remove(productId(record.key(), record), null);
        }
        IncomingEvent event = IncomingEvent.of(record, json);
        if (!ProductChangedV1.TYPE.equals(event.type())) {
            throw new MalformedEventException(where(record) + " has type " + event.type() + ", expected " + ProductChangedV1.TYPE);
        }
        ProductChangedV1 product = event.data(ProductChangedV1.class);
        if (product == null || product.productId() == null) {
            throw new MalformedEventException(where(record) + " has no productId");
        }
        String status = product.status() == null ? null : product.status().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new MalformedEventException(where(record) + " has an unknown status " + product.status());
        }
        return "ACTIVE".equals(status) ? new Upsert(product) : new Remove(product.productId().toString(), product.version());
    }

    private static String productId(String key, ConsumerRecord<String, byte[]> record) {
        try {
            return UUID.fromString(key).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(where(record) + " is a tombstone without a product id key");
        }
    }

    static String where(ConsumerRecord<?, ?> record) {
        return "Record " + record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
