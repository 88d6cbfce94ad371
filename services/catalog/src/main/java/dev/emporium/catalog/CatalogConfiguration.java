package dev.emporium.catalog;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.platform.web.PublicCaching;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /** Catalog owns {@code catalog.products} (compacted: the latest state of every product, see contracts). */
    @Bean
    EventTopics catalogTopics() {
        return EventTopics.publishes(Topics.CATALOG_PRODUCTS);
    }

    /** ETags for lists and the category tree (product detail sets its own, a digest of the same body). */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> listEtags() {
        return PublicCaching.etagsFor("/api/v1/products", "/api/v1/categories");
    }
}
