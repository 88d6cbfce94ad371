package dev.emporium.checkout.cart;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.downstream.Downstream;
import dev.emporium.checkout.downstream.DownstreamUnavailableException;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.serviceclient.ServiceTokenException;
import dev.emporium.platform.serviceclient.ServiceTokens;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cart's internal API ({@code GET /internal/carts/customers/{customerId}}, scope {@code cart:checkout}) with
 * checkout's own service token and the customer named in {@code X-On-Behalf-Of}. A read: retried when cart does not
 * answer, times out or answers 5xx (or identity does not give a token), through cart's circuit breaker; a refusal
 * (another 4xx: a missing scope, a token cart does not accept) is a fault of the set-up, not retried. Either way the
 * customer gets 503 and the log says why.
 */
@Component
public class CartClient {

    private static final Logger log = LoggerFactory.getLogger(CartClient.class);

    private final RestClient http;
    private final boolean hasCredentials;
    private final Downstream cart;
    private final JsonMapper json = JsonMapper.builder().build();

    CartClient(RestClient.Builder builder, ObjectProvider<ServiceTokens> serviceTokens, CheckoutProperties properties,
            @Value("${emporium.services.cart.url:http://127.0.0.1:8085}") String cartUrl) {
        CheckoutProperties.Calls calls = properties.cart();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(calls.timeout()).build());
        requests.setReadTimeout(calls.timeout());
        RestClient.Builder client = builder.clone().baseUrl(cartUrl).requestFactory(requests);
        ServiceTokens tokens = serviceTokens.getIfAvailable();
        if (tokens != null) {
            client.requestInterceptor(tokens.interceptor());
        }
        this.hasCredentials = tokens != null;
        this.http = client.build();
        this.cart = new Downstream("cart", calls);
    }

    /** The customer's cart; empty when they have none. */
    public CustomerCart cartOf(UUID customerId) {
        if (!hasCredentials) {
            log.error("No service client (emporium.service-client.client-id and client-secret): checkout cannot call cart");
            throw new DownstreamUnavailableException("cart", "no service client configured", null);
        }
        try {
            return cart.idempotent(() -> read(customerId));
        } catch (DownstreamUnavailableException e) {
            log.warn("Reading the cart of customer {} failed: {}", customerId, e.reason());
            throw e;
        }
    }

    private CustomerCart read(UUID customerId) {
        String body;
        try {
            body = http.get().uri("/internal/carts/customers/{customerId}", customerId)
                    .header(HeaderNames.ON_BEHALF_OF, customerId.toString())
                    .retrieve().body(String.class);
        } catch (HttpClientErrorException e) {
            int status = e.getStatusCode().value();
            if (status == 408 || status == 429) {
                throw new Downstream.Transient("cart answered " + status, e);
            }
            log.error("Cart refused checkout's request for a cart: {} (is the scope cart:checkout granted?)", status);
            throw new DownstreamUnavailableException("cart", "cart refused the call with " + status, e);
        } catch (RestClientResponseException e) {
            throw new Downstream.Transient("cart answered " + e.getStatusCode().value(), e);
        } catch (RestClientException | ServiceTokenException e) {
            throw new Downstream.Transient("cart did not answer: " + e.getMessage(), e);
        }
        return parse(body);
    }

    /** Only what checkout uses; the view's other fields (snapshots, flags) may change without breaking this. */
    private CustomerCart parse(String body) {
        try {
            JsonNode cart = json.readTree(body == null ? "" : body);
            List<CustomerCart.Line> lines = new ArrayList<>();
            for (JsonNode item : cart.path("items")) {
                lines.add(new CustomerCart.Line(required(item, "sku").asString(), UUID.fromString(required(item, "productId").asString()),
                        required(item, "name").asString(), required(item, "quantity").asInt()));
            }
            return new CustomerCart(required(cart, "currency").asString(), lines);
        } catch (JacksonException | IllegalArgumentException e) {
            log.error("Cart answered a cart checkout cannot read: {}", e.getMessage());
            throw new DownstreamUnavailableException("cart", "an unreadable cart", e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("the cart lacks " + field);
        }
        return value;
    }
}
