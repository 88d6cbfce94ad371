package dev.emporium.gateway.cache;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the shared cache of public answers; {@code emporium.gateway.response-cache.enabled=false} turns it off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "emporium.gateway.response-cache.enabled", matchIfMissing = true)
class ResponseCacheConfiguration {

    @Bean
    PublicResponseCacheFilter publicResponseCacheFilter(ResponseCacheProperties properties, MeterRegistry meters) {
        return new PublicResponseCacheFilter(new ResponseStore(properties.maxSize().toBytes()),
                new CachePolicy(properties.maxFreshness()), (int) properties.maxEntrySize().toBytes(),
                new Fetches(properties.waitForFetch()), meters);
    }
}
