package dev.emporium.checkout.harness;

import dev.emporium.testsupport.RunningService;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The real order service beside checkout (it refunds through the payment beside it), and what checkout's tests look at in it. */
public final class RunningOrder {

    private final RunningService service;

    RunningOrder(RunningService service) {
        this.service = service;
    }

    public RunningService service() {
        return service;
    }

    /**
     * The order as checkout reads it ({@code GET /internal/orders/{id}}: {@code status}, {@code number}, lines, totals,
     * payment, history…); empty if order has none with this id.
     */
    public Optional<JsonNode> order(UUID orderId) {
        return Downstreams.found(service.call("GET", "/internal/orders/" + orderId, null, Downstreams.checkoutToken()));
    }

    /** The customer's orders as the customer sees them ({@code GET /api/v1/orders}), newest first (up to 100). */
    public List<JsonNode> ordersOf(UUID customer) {
        TestHttp.Response response = service.call("GET", "/api/v1/orders?size=100", null, TestJwts.get().customer(customer));
        JsonNode page = Downstreams.found(response).orElseThrow(() -> new IllegalStateException("Order answered 404"));
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }
}
