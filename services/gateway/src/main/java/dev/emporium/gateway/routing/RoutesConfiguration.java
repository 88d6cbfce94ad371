package dev.emporium.gateway.routing;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ServerWebExchange;

/**
 * One route per service for its public paths (forwarded unchanged), and one per API service for its OpenAPI
 * document, which the service serves at {@code /v3/api-docs} and the gateway exposes at {@code /v3/api-docs/<service>}.
 */
@Configuration(proxyBeanMethods = false)
public class RoutesConfiguration {

    /** Route metadata naming the service behind a route, so errors can say which service failed. */
    public static final String SERVICE_METADATA = "emporium.service";
    /** Route metadata saying what the service answers ({@link Downstream.Kind}). */
    public static final String KIND_METADATA = "emporium.kind";

    /** Whether the request went to a service that answers pages for people (the storefront), not an API. */
    public static boolean servesPages(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null && Downstream.Kind.PAGES.name().equals(route.getMetadata().get(KIND_METADATA));
    }

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceDirectory directory) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Downstream downstream : Downstream.values()) {
            String url = directory.urlOf(downstream).toString();
            routes.route(downstream.serviceName(),
                    route -> route.path(downstream.paths().toArray(String[]::new))
                            .metadata(SERVICE_METADATA, downstream.serviceName())
                            .metadata(KIND_METADATA, downstream.kind().name())
                            .uri(url));
            if (downstream.kind() == Downstream.Kind.PAGES) {
                continue;
            }
            routes.route(downstream.serviceName() + "-api-docs",
                    route -> route.path(downstream.apiDocsPath())
                            .filters(filters -> filters.setPath("/v3/api-docs"))
                            .metadata(SERVICE_METADATA, downstream.serviceName())
                            .uri(url));
        }
        return routes.build();
    }
}
