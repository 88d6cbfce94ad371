package dev.emporium.web.admin.inventory;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Inventory's admin API: a SKU's stock and movements, adjustments, the low-stock list, locations. */
@Component
public class InventoryAdminClient {

    /** The SKUs inventory accepts in a path (as catalog names them). */
    public static final String SKU = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final List<String> REASONS = List.of("RECEIVED", "DAMAGED", "COUNT_CORRECTION", "RETURNED", "OTHER");

    private final Upstream inventory;

    InventoryAdminClient(Upstream inventoryApi) {
        this.inventory = inventoryApi;
    }

    public InventoryViews.LowStockPage lowStock(AdminApi.Caller admin, int page, int size) {
        return admin.send(inventory.get("/api/v1/admin/inventory/low-stock").query("page", page).query("size", size))
                .expect(inventory.service(), InventoryViews.LowStockPage.class);
    }

    /** Empty when inventory does not know the SKU. */
    public Optional<InventoryViews.Stock> stock(AdminApi.Caller admin, String sku) {
        Answer answer = admin.send(inventory.get("/api/v1/admin/inventory/{sku}", sku));
        return answer.status() == 404 || answer.status() == 400 ? Optional.empty()
                : Optional.of(answer.expect(inventory.service(), InventoryViews.Stock.class));
    }

    public InventoryViews.Movements movements(AdminApi.Caller admin, String sku, int page, int size) {
        return admin.send(inventory.get("/api/v1/admin/inventory/{sku}/movements", sku).query("page", page).query("size", size))
                .expect(inventory.service(), InventoryViews.Movements.class);
    }

    /** The answer as it is: 200 with the stock after it, or a problem (400 naming fields, 409 STOCK_BELOW_RESERVED). */
    public Answer adjust(AdminApi.Caller admin, String sku, int delta, String reason, @Nullable UUID locationId,
            @Nullable String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delta", delta);
        body.put("reason", reason);
        if (locationId != null) {
            body.put("locationId", locationId);
        }
        if (reference != null && !reference.isBlank()) {
            body.put("reference", reference.strip());
        }
        return admin.send(inventory.post("/api/v1/admin/inventory/{sku}/adjustments", sku).json(body));
    }

    public List<InventoryViews.Location> locations(AdminApi.Caller admin) {
        return Arrays.asList(admin.send(inventory.get("/api/v1/admin/inventory/locations"))
                .expect(inventory.service(), InventoryViews.Location[].class));
    }

    /** The answer as it is: 201 with the location, or a problem (400 naming fields, 409 LOCATION_CODE_TAKEN). */
    public Answer createLocation(AdminApi.Caller admin, LocationForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", form.code().strip());
        body.put("name", form.name().strip());
        body.put("country", form.country().strip());
        body.put("priority", form.priority());
        body.put("active", form.active() != null && form.active());
        return admin.send(inventory.post("/api/v1/admin/inventory/locations").json(body));
    }
}
