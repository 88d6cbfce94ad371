package dev.emporium.checkout.harness;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.RunningService;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The real inventory service beside checkout, and what checkout's tests set up and look at in it. */
public final class RunningInventory {

    /** A SKU's units over all locations: available = on hand − reserved. */
    public record StockLevels(int onHand, int reserved, int available) {
    }

    private final RunningService service;

    RunningInventory(RunningService service) {
        this.service = service;
    }

    public RunningService service() {
        return service;
    }

    /**
     * Sets the units on hand at the default location through the admin API (a STOCK_SET movement). A SKU inventory
     * has not yet learnt of from catalog.products is registered by it; the product event arriving later leaves it alone.
     */
    public StockLevels setStock(String sku, int onHand) {
        return levels(expect200(service.call("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": " + onHand + "}", admin())));
    }

    /** Sets every variant of the product to this many units on hand (see {@link #setStock(String, int)}). */
    public void setStock(ProductChangedV1 product, int onHand) {
        product.variants().forEach(variant -> setStock(variant.sku(), onHand));
    }

    /** Whether inventory knows the SKU yet (from catalog.products, or by {@link #setStock}). */
    public boolean knows(String sku) {
        return Downstreams.found(service.http().get("/api/v1/inventory/" + sku)).isPresent();
    }

    /** The SKU's on hand, reserved and available now (admin API); fails for a SKU inventory does not know. */
    public StockLevels stock(String sku) {
        return levels(expect200(service.call("GET", "/api/v1/admin/inventory/" + sku, null, admin())));
    }

    /**
     * Holds units through the internal API as checkout does ({@code inventory:reserve}); the answer as it is (200 with
     * the reservation, 409 {@code INSUFFICIENT_STOCK}…), for setting up a state or checking one.
     */
    public TestHttp.Response reserve(UUID reservationId, Map<String, Integer> lines) {
        String body = lines.entrySet().stream()
                .map(line -> "{\"sku\": \"" + line.getKey() + "\", \"quantity\": " + line.getValue() + "}")
                .collect(Collectors.joining(", ", "{\"reservationId\": \"" + reservationId + "\", \"lines\": [", "]}"));
        return asCheckout("POST", "/internal/inventory/reservations", body);
    }

    /** A reservation as inventory holds it ({@code status}: RESERVED, COMMITTED, RELEASED, EXPIRED); empty if unknown. */
    public Optional<JsonNode> reservation(UUID reservationId) {
        return Downstreams.found(asCheckout("GET", "/internal/inventory/reservations/" + reservationId, null));
    }

    private TestHttp.Response asCheckout(String method, String path, String body) {
        return service.call(method, path, body, Downstreams.checkoutToken());
    }

    private static StockLevels levels(JsonNode stock) {
        return new StockLevels(stock.get("onHand").asInt(), stock.get("reserved").asInt(), stock.get("available").asInt());
    }

    private static JsonNode expect200(TestHttp.Response response) {
        return Downstreams.found(response).orElseThrow(() -> new IllegalStateException("Inventory answered 404: " + response.body()));
    }

    private static String admin() {
        return TestJwts.get().admin(UUID.randomUUID());
    }
}
