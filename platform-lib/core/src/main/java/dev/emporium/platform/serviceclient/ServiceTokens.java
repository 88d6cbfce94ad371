package dev.emporium.platform.serviceclient;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's own token for calling other services' internal endpoints: fetched from identity with the OAuth2
 * client-credentials grant (RFC 6749 §4.4), cached, and replaced {@code refreshBefore} its expiry. One fetch at a
 * time: however many threads find the token due, one asks identity and the others wait for its answer (Spring
 * Security's {@code OAuth2AuthorizedClientManager} lets every one of them fetch, spring-security#11461). When a
 * refresh fails, the previous token is used while it is valid, and further attempts wait {@code retryAfterFailure}.
 * Add {@link #interceptor()} to a {@code RestClient}.
 */
public final class ServiceTokens {

    private final ServiceClientProperties properties;
    private final URI tokenUri;
    private final Clock clock;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile Token current;
    private volatile Failure lastFailure;

    public ServiceTokens(ServiceClientProperties properties, URI tokenUri, Clock clock) {
        if (properties.clientId() == null || properties.clientSecret() == null) {
            throw new IllegalArgumentException("emporium.service-client.client-id and client-secret are required");
        }
        this.properties = properties;
        this.tokenUri = tokenUri;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** A valid access token for this service; fetched only when none is cached or the cached one is due. */
    public String token() {
        Token cached = current;
        if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return cached.value();
        }
        fetching.lock();
        try {
            cached = current;
            Instant now = clock.instant();
            if (cached != null && now.isBefore(cached.refreshAt())) {
                return cached.value(); // another thread has just fetched it
            }
            Failure failure = lastFailure;
            if (failure != null && now.isBefore(failure.at().plus(properties.retryAfterFailure()))) {
                return stillValid(cached, now, failure.error());
            }
            try {
                current = fetch(now);
                lastFailure = null;
                return current.value();
            } catch (ServiceTokenException e) {
                lastFailure = new Failure(e, now);
                return stillValid(cached, now, e);
            }
        } finally {
            fetching.unlock();
        }
    }

    /** Sets {@code Authorization: Bearer} with this service's token on every request of a {@code RestClient}. */
    public ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
            request.getHeaders().setBearerAuth(token());
            return execution.execute(request, body);
        };
    }

    private static String stillValid(Token cached, Instant now, ServiceTokenException error) {
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return cached.value();
        }
        throw error;
    }

    private Token fetch(Instant requestedAt) {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (!properties.scopes().isEmpty()) {
            form.append("&scope=").append(encode(String.join(" ", properties.scopes())));
        }
        // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded.
        String basic = Base64.getEncoder().encodeToString((encode(properties.clientId()) + ":" + encode(properties.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(properties.timeout())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceTokenException("The token endpoint " + tokenUri + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceTokenException("Interrupted while fetching a service token", e);
        }
        return parse(response, requestedAt);
    }

    private Token parse(HttpResponse<String> response, Instant requestedAt) {
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new ServiceTokenException("The token endpoint answered " + response.statusCode() + " without JSON");
        }
        if (response.statusCode() != 200) {
            throw new ServiceTokenException("The token endpoint refused client '" + properties.clientId() + "': "
                    + response.statusCode() + " " + body.path("error").asString("") + " " + body.path("error_description").asString(""));
        }
        String token = body.path("access_token").asString("");
        long expiresIn = body.path("expires_in").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            throw new ServiceTokenException("The token endpoint's answer lacks access_token or expires_in");
        }
        // Timed from when it was asked for: the token's own clock started no earlier.
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin = properties.refreshBefore().compareTo(lifetime.dividedBy(2)) < 0 ? properties.refreshBefore()
                : lifetime.dividedBy(2);
        return new Token(token, requestedAt.plus(lifetime).minus(margin), requestedAt.plus(lifetime));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant refreshAt, Instant expiresAt) {
    }

    private record Failure(ServiceTokenException error, Instant at) {
    }
}
