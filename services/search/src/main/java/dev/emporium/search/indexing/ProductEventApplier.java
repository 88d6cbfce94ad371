package dev.emporium.search.indexing;

import dev.emporium.platform.events.MalformedEventException;
import dev.emporium.search.index.ProductFields;
import dev.emporium.search.index.ProductIndex;
import dev.emporium.search.stock.StockLevels;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@code catalog.products} records: upserts by product id, removes what is no longer ACTIVE, and ignores a
 * state older than the one indexed (versions are read back from the index at start), so replays are harmless. Between
 * records it keeps the documents' in-stock flags following the stock levels ({@link ProductDocuments}).
 */
class ProductEventApplier implements EventApplier {

    private static final Logger log = LoggerFactory.getLogger(ProductEventApplier.class);

    private final ProductIndex index;
    private final ProductDocuments documents;
    private final ProductEventReader reader;
    private final Counter malformed;
    private final Counter stale;
    private final Counter upserts;
    private final Counter removals;
    // confined to the feeding thread
    private Map<String, Long> versions = new HashMap<>();

    ProductEventApplier(ProductIndex index, StockLevels stock, JsonMapper json, MeterRegistry meters) {
        this.index = index;
        this.documents = new ProductDocuments(index, stock, json, meters);
        this.reader = new ProductEventReader(json);
        this.malformed = Counter.builder("search.events.malformed")
                .description("Records of the products topic skipped because they were not valid product events")
                .register(meters);
        this.stale = Counter.builder("search.events.stale")
                .description("Product events ignored because the index already held a newer version")
                .register(meters);
        this.upserts = Counter.builder("search.events.applied").tag("action", "upsert").register(meters);
        this.removals = Counter.builder("search.events.applied").tag("action", "remove").register(meters);
    }

    @Override
    public boolean apply(ConsumerRecord<String, byte[]> record) throws IOException {
        ProductEventReader.Change change;
        try {
            change = reader.read(record);
        } catch (MalformedEventException e) {
            return skip(record, e);
        }
        Long known = versions.get(change.productId());
        switch (change) {
            case ProductEventReader.Upsert upsert -> {
                long version = upsert.product().version();
                if (known != null && version < known) {
                    stale.increment();
                    return false;
                }
                try {
                    index.upsert(upsert.productId(), documents.of(upsert.product()));
                } catch (IllegalArgumentException | NullPointerException unindexable) {
                    // e.g. a term longer than Lucene allows: this record can never be indexed, retrying would block
                    return skip(record, unindexable);
                }
                versions.put(upsert.productId(), version);
                upserts.increment();
            }
            case ProductEventReader.Remove remove -> {
                if (remove.version() != null && known != null && remove.version() < known) {
                    stale.increment();
                    return false;
                }
                index.delete(remove.productId());
                if (remove.version() == null) {
                    versions.remove(remove.productId());
                } else {
                    // remembered so that a replayed older ACTIVE state does not bring it back
                    versions.put(remove.productId(), remove.version());
                }
                removals.increment();
            }
        }
        return true;
    }

    @Override
    public boolean applyOtherChanges() throws IOException {
        return documents.followStock();
    }

    /** Whether the in-stock flags follow the complete stock levels (see {@link ProductDocuments}). */
    boolean isInStockCurrent() {
        return documents.isInStockCurrent();
    }

    @Override
    public void restore() throws IOException {
        versions = index.versions();
        documents.reopened();
    }

    @Override
    public void clear() {
        versions = new HashMap<>();
    }

    @Override
    public int size() {
        return versions.size();
    }

    @Override
    public String schemaVersion() {
        return ProductFields.SCHEMA_VERSION;
    }

    private boolean skip(ConsumerRecord<String, byte[]> record, Exception why) {
        malformed.increment();
        log.warn("Skipping a record that is not a valid product event (key {}): {}", record.key(), why.getMessage());
        return false;
    }
}
