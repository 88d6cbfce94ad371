package dev.emporium.checkout.inventory;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.downstream.InternalApi;
import dev.emporium.platform.serviceclient.ServiceTokens;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Inventory's reservations (scope {@code inventory:reserve}), each idempotent on the reservation id checkout chose:
 * hold the lines all or nothing, commit them once the order exists, release them to compensate. Refusals come back
 * as {@link InternalApi.Refused} with inventory's problem ({@code INSUFFICIENT_STOCK} with {@code shortages}...).
 */
@Component
public class InventoryClient {

    private final InternalApi inventory;

    InventoryClient(RestClient.Builder builder, ObjectProvider<ServiceTokens> serviceTokens, CheckoutProperties properties,
            @Value("${emporium.services.inventory.url:http://127.0.0.1:8084}") String url) {
        this.inventory = new InternalApi("inventory", url, builder, serviceTokens.getIfAvailable(), properties.inventory());
    }

    public record Line(String sku, int quantity) {
    }

    /** The reservation's status: RESERVED, COMMITTED, RELEASED or EXPIRED. */
    public String reserve(UUID customerId, UUID reservationId, List<Line> lines, long ttlSeconds) {
        record Reserve(UUID reservationId, List<Line> lines, long ttlSeconds) {
        }
        return status(inventory.post(customerId, new Reserve(reservationId, lines, ttlSeconds), "/internal/inventory/reservations"));
    }

    public String commit(UUID customerId, UUID reservationId) {
        return status(inventory.post(customerId, null, "/internal/inventory/reservations/{id}/commit", reservationId));
    }

    public String release(UUID customerId, UUID reservationId) {
        return status(inventory.post(customerId, null, "/internal/inventory/reservations/{id}/release", reservationId));
    }

    private static String status(JsonNode reservation) {
        return reservation.path("status").asString("");
    }
}
