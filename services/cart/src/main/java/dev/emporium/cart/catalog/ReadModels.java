package dev.emporium.cart.catalog;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.inventory.StockChangedV1;
import dev.emporium.platform.events.IncomingEvent;
import dev.emporium.platform.events.MalformedEventException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read models (catalog and stock) and their feeds. They live in memory, rebuilt by each replica from the
 * compacted topics at start: a few hundred bytes per SKU (the demo's ~1,500 SKUs take well under a megabyte), no
 * network hop per validation, and nothing to keep consistent between replicas. Past a few hundred thousand SKUs
 * (~100 MB) they would move to Redis hashes written by one consumer group (see the README).
 */
@Configuration(proxyBeanMethods = false)
class ReadModels {

    @Bean
    ProductCatalog productCatalog() {
        return new ProductCatalog();
    }

    @Bean
    StockLevels stockLevels() {
        return new StockLevels();
    }

    @Bean
    ReadModelFeed productFeed(ProductCatalog catalog, JsonMapper json, KafkaProperties kafka) {
        return new ReadModelFeed(Topics.CATALOG_PRODUCTS, record -> applyProduct(catalog, json, record), kafka.buildConsumerProperties());
    }

    @Bean
    ReadModelFeed stockFeed(StockLevels stock, JsonMapper json, KafkaProperties kafka) {
        return new ReadModelFeed(Topics.INVENTORY_STOCK, record -> applyStock(stock, json, record), kafka.buildConsumerProperties());
    }

    /** Also the readiness check {@code cartReadModels}: a replica serves only once both models are complete. */
    @Bean
    HealthIndicator cartReadModelsHealthIndicator(ReadModelFeed productFeed, ReadModelFeed stockFeed, ProductCatalog catalog,
            StockLevels stock) {
        return () -> (productFeed.isCaughtUp() && stockFeed.isCaughtUp() ? Health.up() : Health.outOfService())
                .withDetail("skus", catalog.size()).withDetail("stockRecords", stock.size()).build();
    }

    static void applyProduct(ProductCatalog catalog, JsonMapper json, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            catalog.remove(UUID.fromString(record.key()));
            return;
        }
        IncomingEvent event = IncomingEvent.of(record, json);
        if (!ProductChangedV1.TYPE.equals(event.type())) {
            throw new MalformedEventException("type " + event.type() + ", expected " + ProductChangedV1.TYPE);
        }
        catalog.apply(event.data(ProductChangedV1.class));
    }

    static void applyStock(StockLevels stock, JsonMapper json, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            stock.remove(record.key());
            return;
        }
        IncomingEvent event = IncomingEvent.of(record, json);
        if (!StockChangedV1.TYPE.equals(event.type())) {
            throw new MalformedEventException("type " + event.type() + ", expected " + StockChangedV1.TYPE);
        }
        stock.apply(event.data(StockChangedV1.class));
    }
}
