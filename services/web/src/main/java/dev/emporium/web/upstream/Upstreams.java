package dev.emporium.web.upstream;

import dev.emporium.web.StorefrontProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The services the storefront calls, directly at their own addresses ({@code emporium.services.<name>.url}, which
 * the launcher sets for every service): not through the gateway, which would add a second proxy hop to every call
 * of every page. Only public API paths are called, with the customer's own token where one is needed.
 */
@Configuration(proxyBeanMethods = false)
class Upstreams {

    @Bean
    Upstream catalogApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.catalog.url:http://127.0.0.1:8082}") String url) {
        return new Upstream("catalog", url, builder, properties.calls());
    }

    @Bean
    Upstream searchApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.search.url:http://127.0.0.1:8083}") String url) {
        return new Upstream("search", url, builder, properties.calls());
    }

    @Bean
    Upstream inventoryApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.inventory.url:http://127.0.0.1:8084}") String url) {
        return new Upstream("inventory", url, builder, properties.calls());
    }

    @Bean
    Upstream cartApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.cart.url:http://127.0.0.1:8085}") String url) {
        return new Upstream("cart", url, builder, properties.calls());
    }

    /** Checkout answers once the order is placed (or refused): its calls may take as long as {@code checkout-timeout}. */
    @Bean
    Upstream checkoutApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.checkout.url:http://127.0.0.1:8086}") String url) {
        StorefrontProperties.Calls calls = properties.calls();
        return new Upstream("checkout", url, builder,
                new StorefrontProperties.Calls(calls.connectTimeout(), properties.checkoutTimeout(), calls.openCircuitFor()));
    }

    @Bean
    Upstream orderApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.order.url:http://127.0.0.1:8087}") String url) {
        return new Upstream("order", url, builder, properties.calls());
    }

    @Bean
    Upstream identityApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.identity.url:http://127.0.0.1:8081}") String url) {
        return new Upstream("identity", url, builder, properties.calls());
    }
}
