package dev.emporium.search;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchApplication {
    public static void main(String[] args) {
        SpringApplication.run(SearchApplication.class, args);
    }

    /** The index is fed by {@code catalog.products} (read by its own feed, which dead-letters nothing). */
    @Bean
    EventTopics searchTopics() {
        return EventTopics.consumes(Topics.CATALOG_PRODUCTS, Topics.INVENTORY_STOCK);
    }
}
