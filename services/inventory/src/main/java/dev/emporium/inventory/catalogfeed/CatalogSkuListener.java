package dev.emporium.inventory.catalogfeed;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.inventory.InventoryProperties;
import dev.emporium.inventory.location.Locations;
import dev.emporium.inventory.stock.MovementReason;
import dev.emporium.inventory.stock.StockEvents;
import dev.emporium.inventory.stock.StockLedger;
import dev.emporium.platform.events.EventInbox;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * New SKUs on {@code catalog.products} get a stock record at 0 in the default location (and publish it, so the shop
 * knows they are out of stock); in the demo shop they get believable stock instead. A SKU inventory knows already is
 * left alone: its stock is the admins' and checkout's business, whatever the catalog says later.
 */
@Component
class CatalogSkuListener {

    static final String CONSUMER = "inventory-catalog-skus";
    static final String DEMO_ACTOR = "demo";

    private final EventInbox inbox;
    private final StockLedger ledger;
    private final StockEvents events;
    private final Locations locations;
    private final InventoryProperties properties;

    CatalogSkuListener(EventInbox inbox, StockLedger ledger, StockEvents events, Locations locations,
            InventoryProperties properties) {
        this.inbox = inbox;
        this.ledger = ledger;
        this.events = events;
        this.locations = locations;
        this.properties = properties;
    }

    @KafkaListener(topics = Topics.CATALOG_PRODUCTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce(CONSUMER, record, event -> register(event.data(ProductChangedV1.class)));
    }

    private void register(ProductChangedV1 product) {
        UUID defaultLocation = locations.resolve(null).id();
        TreeSet<String> added = new TreeSet<>();
        product.variants().stream().map(ProductChangedV1.Variant::sku).sorted().forEach(sku -> {
            if (ledger.ensure(sku, defaultLocation)) {
                added.add(sku);
            }
        });
        if (added.isEmpty()) {
            return;
        }
        if (properties.demo().enabled()) {
            ledger.lock(added);
            added.forEach(sku -> {
                int units = DemoStock.unitsFor(sku);
                if (units > 0) {
                    ledger.apply(sku, defaultLocation, units, 0, MovementReason.RECEIVED, DEMO_ACTOR, "demo shop");
                }
            });
        }
        events.publish(added);
    }
}
