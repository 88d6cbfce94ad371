package dev.emporium.web.inventory;

import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Inventory's public availability: how many units of each SKU can be bought now, over all locations. */
@Component
public class InventoryClient {

    /** Inventory answers for at most this many SKUs at once. */
    static final int MAX_SKUS = 100;

    private final Upstream inventory;

    InventoryClient(Upstream inventoryApi) {
        this.inventory = inventoryApi;
    }

    /** Each SKU inventory knows, with its availability; a SKU it does not know is left out. */
    public Map<String, Availability> availability(List<String> skus) {
        Map<String, Availability> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        Answer answer = inventory.get("/api/v1/inventory")
                .query("skus", String.join(",", skus.subList(0, Math.min(skus.size(), MAX_SKUS)))).send();
        for (JsonNode item : answer.expect(inventory.service(), JsonNode.class).path("items")) {
            found.put(item.path("sku").asString(), new Availability(item.path("available").asInt(0), item.path("inStock").asBoolean(false)));
        }
        return found;
    }

    /** @param available units that can be bought now (inventory may cap it for display) */
    public record Availability(int available, boolean inStock) {
    }
}
