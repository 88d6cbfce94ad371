package dev.emporium.checkout.order;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.downstream.InternalApi;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.serviceclient.ServiceTokens;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Order's internal API (scope {@code order:write}), idempotent on the order id checkout chose: create the PENDING
 * order, confirm it once the payment is captured, cancel it to compensate. The answers are order's view of the
 * order, which is what the customer gets for a completed checkout.
 */
@Component
public class OrderClient {

    private final InternalApi order;

    OrderClient(RestClient.Builder builder, ObjectProvider<ServiceTokens> serviceTokens, CheckoutProperties properties,
            @Value("${emporium.services.order.url:http://127.0.0.1:8087}") String url) {
        this.order = new InternalApi("order", url, builder, serviceTokens.getIfAvailable(), properties.order());
    }

    /** @param request order's {@code CreateOrder} body */
    public JsonNode create(UUID customerId, Object request) {
        return order.post(customerId, request, "/internal/orders");
    }

    public JsonNode confirm(UUID customerId, UUID orderId, Money captured) {
        record Captured(String status, Money capturedAmount) {
        }
        record Confirm(Captured payment) {
        }
        return order.post(customerId, new Confirm(new Captured("CAPTURED", captured)), "/internal/orders/{id}/confirm", orderId);
    }

    public JsonNode cancel(UUID customerId, UUID orderId, String reason) {
        record Cancel(String reason) {
        }
        return order.post(customerId, new Cancel(reason), "/internal/orders/{id}/cancel", orderId);
    }
}
