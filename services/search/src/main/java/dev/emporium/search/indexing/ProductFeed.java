package dev.emporium.search.indexing;

import dev.emporium.search.SearchProperties;
import dev.emporium.search.index.ProductIndex;
import dev.emporium.search.stock.StockLevels;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the product index from {@code catalog.products} (the compacted topic of full product states), each document
 * flagged in stock or not from {@link StockLevels}.
 */
@Component
public class ProductFeed extends IndexFeed {

    private final ProductEventApplier applier;

    @Autowired
    public ProductFeed(ProductIndex index, StockLevels stock, SearchProperties properties, KafkaProperties kafka,
            JsonMapper json, MeterRegistry meters) {
        this(new ProductEventApplier(index, stock, json, meters), index, properties, kafka);
    }

    private ProductFeed(ProductEventApplier applier, ProductIndex index, SearchProperties properties, KafkaProperties kafka) {
        super(properties.productsTopic(), index, applier, properties, kafka);
        this.applier = applier;
    }

    /**
     * True once every document's in-stock flag has been checked against the complete stock levels since the index
     * was last opened; from then on each flip is followed at the next step of the feed.
     */
    public boolean isInStockCurrent() {
        return isRunning() && applier.isInStockCurrent();
    }
}
