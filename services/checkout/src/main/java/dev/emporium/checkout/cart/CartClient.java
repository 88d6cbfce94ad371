package dev.emporium.checkout.cart;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.downstream.DownstreamUnavailableException;
import dev.emporium.checkout.downstream.InternalApi;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.serviceclient.ServiceTokens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Cart's internal API (scope {@code cart:checkout}): the customer's cart to price, and taking a confirmed order's
 * units out of it. A refusal (a 4xx: a missing scope, a token cart does not accept) is a fault of the set-up, not
 * retried; the customer gets 503 either way and the log says why.
 */
@Component
public class CartClient {

    private static final Logger log = LoggerFactory.getLogger(CartClient.class);

    private final InternalApi cart;

    CartClient(RestClient.Builder builder, ObjectProvider<ServiceTokens> serviceTokens, CheckoutProperties properties,
            @Value("${emporium.services.cart.url:http://127.0.0.1:8085}") String cartUrl) {
        this.cart = new InternalApi("cart", cartUrl, builder, serviceTokens.getIfAvailable(), properties.cart());
    }

    /** The customer's cart; empty when they have none. */
    public CustomerCart cartOf(UUID customerId) {
        return parse(refusalIsUnavailable(() -> cart.get(customerId, "/internal/carts/customers/{customerId}", customerId)));
    }

    /** Takes a confirmed order's units out of the customer's cart; once per order, so a retry changes nothing. */
    public void takeOut(UUID customerId, UUID orderId, List<CustomerCart.Line> lines) {
        record Units(String sku, int quantity) {
        }
        record TakeOut(UUID orderId, List<Units> lines) {
        }
        TakeOut body = new TakeOut(orderId, lines.stream().map(line -> new Units(line.sku(), line.quantity())).toList());
        refusalIsUnavailable(() -> cart.post(customerId, body, "/internal/carts/customers/{customerId}/checkout", customerId));
    }

    private static JsonNode refusalIsUnavailable(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (InternalApi.Refused e) {
            log.error("Cart refused checkout's request: {} (is the scope cart:checkout granted?)", e.status());
            throw new DownstreamUnavailableException("cart", "cart refused the call with " + e.status(), e);
        }
    }

    /** Only what checkout uses; the view's other fields (flags, totals) may change without breaking this. */
    private static CustomerCart parse(JsonNode cart) {
        try {
            List<CustomerCart.Line> lines = new ArrayList<>();
            for (JsonNode item : cart.path("items")) {
                JsonNode price = item.path("unitPrice");
                Money unitPrice = price.isObject()
                        ? new Money(new BigDecimal(required(price, "amount").asString()), required(price, "currency").asString()) : null;
                lines.add(new CustomerCart.Line(required(item, "sku").asString(), UUID.fromString(required(item, "productId").asString()),
                        required(item, "name").asString(), required(item, "quantity").asInt(), unitPrice));
            }
            return new CustomerCart(required(cart, "currency").asString(), lines);
        } catch (IllegalArgumentException e) {
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
