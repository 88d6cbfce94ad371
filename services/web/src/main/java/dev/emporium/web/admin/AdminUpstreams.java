package dev.emporium.web.admin;

import dev.emporium.web.upstream.Upstream;
import dev.emporium.web.upstream.UpstreamFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services only the admin portal calls, with circuits of their own: order's and payment's admin APIs. (Catalog,
 * inventory and identity are called through the storefront's {@code Upstream}s.) Made as the storefront's are
 * ({@link UpstreamFactory}).
 */
@Configuration(proxyBeanMethods = false)
class AdminUpstreams {

    @Bean
    Upstream orderAdminApi(UpstreamFactory upstreams) {
        return upstreams.create("order", "http://127.0.0.1:8087");
    }

    @Bean
    Upstream paymentAdminApi(UpstreamFactory upstreams) {
        return upstreams.create("payment", "http://127.0.0.1:8088");
    }
}
