package dev.emporium.inventory;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.platform.security.InternalScopes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    /**
     * Inventory owns {@code inventory.stock} (compacted: every SKU's availability) and {@code inventory.stock-alerts}
     * (a SKU turned low), learns SKUs from the catalog and takes back the units of orders cancelled before shipping.
     */
    @Bean
    EventTopics inventoryTopics() {
        return EventTopics.publishes(Topics.INVENTORY_STOCK, Topics.INVENTORY_STOCK_ALERTS)
                .andConsumes(Topics.CATALOG_PRODUCTS, Topics.ORDERS);
    }

    /** Reservations are for other services (checkout) with a service token of this scope; the gateway never routes them. */
    @Bean
    InternalScopes reservationScope() {
        return InternalScopes.require("inventory:reserve", "/internal/inventory/reservations/**");
    }
}
