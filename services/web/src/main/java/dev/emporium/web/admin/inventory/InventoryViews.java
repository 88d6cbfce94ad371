package dev.emporium.web.admin.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What inventory's admin API answers, as the portal reads it. */
public final class InventoryViews {

    private InventoryViews() {
    }

    /** A SKU's stock in total and per location. */
    public record Stock(String sku, int onHand, int reserved, int available, int lowStockThreshold, boolean lowStock,
            @Nullable List<LocationStock> locations) {
        public Stock {
            locations = locations == null ? List.of() : locations;
        }
    }

    public record LocationStock(UUID locationId, String code, boolean active, int onHand, int reserved, int available) {
    }

    public record Movement(Instant at, UUID locationId, int delta, int deltaReserved, int onHandAfter, int reservedAfter,
            String reason, @Nullable String actor, @Nullable String reference) {
    }

    public record Movements(List<Movement> items, int page, long totalItems, int totalPages) {
        public Movements {
            items = items == null ? List.of() : items;
        }
    }

    public record LowStock(String sku, int available, int lowStockThreshold) {
    }

    public record LowStockPage(List<LowStock> items, int page, long totalItems, int totalPages) {
        public LowStockPage {
            items = items == null ? List.of() : items;
        }
    }

    public record Location(UUID id, String code, String name, String country, int priority, boolean active) {
    }
}
