package dev.emporium.search.indexing;

import dev.emporium.search.SearchProperties;
import dev.emporium.search.index.ProductIndex;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Feeds the product index from {@code catalog.products} (the compacted topic of full product states). */
@Component
public class ProductFeed extends IndexFeed {

    public ProductFeed(ProductIndex index, SearchProperties properties, KafkaProperties kafka, JsonMapper json,
            MeterRegistry meters) {
        super(properties.productsTopic(), index, new ProductEventApplier(index, json, meters), properties, kafka);
    }
}
