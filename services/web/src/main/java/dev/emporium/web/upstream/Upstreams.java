package dev.emporium.web.upstream;

import dev.emporium.web.StorefrontProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services the storefront calls, directly at their own addresses ({@code emporium.services.<name>.url}, which
 * the launcher sets for every service; {@link UpstreamFactory}): not through the gateway, which would add a second
 * proxy hop to every call of every page. Only public API paths are called, with the customer's own token where one
 * is needed.
 */
@Configuration(proxyBeanMethods = false)
class Upstreams {

    @Bean
    Upstream catalogApi(UpstreamFactory upstreams) {
        return upstreams.create("catalog", "http://127.0.0.1:8082");
    }

    @Bean
    Upstream searchApi(UpstreamFactory upstreams) {
        return upstreams.create("search", "http://127.0.0.1:8083");
    }

    @Bean
    Upstream inventoryApi(UpstreamFactory upstreams) {
        return upstreams.create("inventory", "http://127.0.0.1:8084");
    }

    @Bean
    Upstream cartApi(UpstreamFactory upstreams) {
        return upstreams.create("cart", "http://127.0.0.1:8085");
    }

    /** Checkout answers once the order is placed (or refused): its calls may take as long as {@code checkout-timeout}. */
    @Bean
    Upstream checkoutApi(UpstreamFactory upstreams, StorefrontProperties properties) {
        return upstreams.create("checkout", "http://127.0.0.1:8086", properties.checkoutTimeout());
    }

    @Bean
    Upstream orderApi(UpstreamFactory upstreams) {
        return upstreams.create("order", "http://127.0.0.1:8087");
    }

    @Bean
    Upstream identityApi(UpstreamFactory upstreams) {
        return upstreams.create("identity", "http://127.0.0.1:8081");
    }
}
