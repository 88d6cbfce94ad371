package dev.emporium.platform.serviceclient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.service-client.*}: this service's OAuth2 client at identity, with which it calls other services'
 * internal endpoints. The launcher provisions them (env {@code EMPORIUM_SERVICE_CLIENT_*}); in production they
 * come from a Kubernetes secret.
 *
 * @param clientId the service's name, as registered at identity
 * @param clientSecret its secret (identity holds only a hash)
 * @param tokenUri identity's token endpoint; by default {@code ${emporium.services.identity.url}/oauth2/token}
 * @param scopes the scopes to ask for; none asks for every scope identity allows this client
 * @param refreshBefore a token is replaced this long before it expires (at most half its lifetime), so no
 *     request leaves with a token about to expire
 * @param timeout connecting to and answering from the token endpoint, each
 * @param retryAfterFailure after a failed fetch, calls within this period fail at once (or keep the previous
 *     token while it is valid) instead of each trying again
 */
@ConfigurationProperties("emporium.service-client")
public record ServiceClientProperties(String clientId, String clientSecret, URI tokenUri, @DefaultValue List<String> scopes,
        @DefaultValue("60s") Duration refreshBefore, @DefaultValue("5s") Duration timeout,
        @DefaultValue("1s") Duration retryAfterFailure) {
}
