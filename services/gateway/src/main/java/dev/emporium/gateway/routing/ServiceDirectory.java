package dev.emporium.gateway.routing;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service lives ({@code emporium.services.<name>.url}); Kubernetes DNS fills these in production,
 * locally every service falls back to its default port on 127.0.0.1.
 */
@ConfigurationProperties("emporium")
public record ServiceDirectory(Map<String, Location> services) {

    public ServiceDirectory {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    public URI urlOf(Downstream downstream) {
        Location location = services.get(downstream.serviceName());
        return location == null || location.url() == null ? downstream.defaultUrl() : location.url();
    }

    public record Location(URI url) {
    }
}
