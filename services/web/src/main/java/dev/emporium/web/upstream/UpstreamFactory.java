package dev.emporium.web.upstream;

import dev.emporium.web.StorefrontProperties;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes the client of one service ({@link Upstream}) the one way the storefront's ({@code Upstreams}) and the admin
 * portal's ({@code AdminUpstreams}) are made: at the service's own address, {@code emporium.services.<name>.url}
 * (which the launcher sets for every service), with the storefront's timeouts and circuit
 * ({@code emporium.storefront.calls}). Each client made has a circuit of its own.
 */
@Component
public final class UpstreamFactory {

    private final RestClient.Builder builder;
    private final StorefrontProperties properties;
    private final Environment environment;

    UpstreamFactory(RestClient.Builder builder, StorefrontProperties properties, Environment environment) {
        this.builder = builder;
        this.properties = properties;
        this.environment = environment;
    }

    /** The service's client, at {@code emporium.services.<service>.url}, or at {@code defaultUrl} where that is unset. */
    public Upstream create(String service, String defaultUrl) {
        return create(service, defaultUrl, properties.calls());
    }

    /** The same, waiting as long as {@code timeout} for each answer. */
    public Upstream create(String service, String defaultUrl, Duration timeout) {
        StorefrontProperties.Calls calls = properties.calls();
        return create(service, defaultUrl, new StorefrontProperties.Calls(calls.connectTimeout(), timeout, calls.openCircuitFor()));
    }

    private Upstream create(String service, String defaultUrl, StorefrontProperties.Calls calls) {
        String url = environment.getProperty("emporium.services." + service + ".url", defaultUrl);
        // Upstream clones the builder: what one client sets up is its own
        return new Upstream(service, url, builder, calls);
    }
}
