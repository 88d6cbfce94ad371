package dev.emporium.catalog;

import dev.emporium.contracts.Topics;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /**
     * Catalog owns {@code catalog.products}: compacted, so the latest state of every product stays available for
     * consumers that rebuild from zero.
     */
    @Bean
    NewTopic catalogProductsTopic(CatalogProperties properties) {
        return TopicBuilder.name(Topics.CATALOG_PRODUCTS).partitions(3).replicas(properties.topicReplicas()).compact().build();
    }

    /** ETags for lists and the category tree (product detail sets its own, a digest of the same body). */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> listEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/products", "/api/v1/categories");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
