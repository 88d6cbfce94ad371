package dev.emporium.web.admin;

import dev.emporium.web.StorefrontProperties;
import dev.emporium.web.upstream.Upstream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The services only the admin portal calls, with circuits of their own: order's and payment's admin APIs. (Catalog,
 * inventory and identity are called through the storefront's {@code Upstream}s.)
 */
@Configuration(proxyBeanMethods = false)
class AdminUpstreams {

    @Bean
    Upstream orderAdminApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.order.url:http://127.0.0.1:8087}") String url) {
        return new Upstream("order", url, builder, properties.calls());
    }

    @Bean
    Upstream paymentAdminApi(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.payment.url:http://127.0.0.1:8088}") String url) {
        return new Upstream("payment", url, builder, properties.calls());
    }
}
