package dev.emporium.search;

import dev.emporium.search.index.ProductIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    /** Opened and closed by the indexer's lifecycle, so the indexer can be restarted on an empty directory. */
    @Bean
    ProductIndex productIndex(SearchProperties properties) {
        return new ProductIndex(properties.indexDir().toAbsolutePath().normalize());
    }
}
