package dev.emporium.inventory;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.platform.security.HttpAuthorizationRules;
import dev.emporium.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    /** Inventory owns {@code inventory.stock} (compacted: every SKU's availability) and learns SKUs from the catalog. */
    @Bean
    EventTopics inventoryTopics() {
        return EventTopics.publishes(Topics.INVENTORY_STOCK).andConsumes(Topics.CATALOG_PRODUCTS);
    }

    /**
     * Reservations are for other services (checkout), never routed by the gateway. Until service tokens exist they
     * need an admin token; with them this becomes {@code hasAuthority("SCOPE_inventory:reserve")}.
     */
    @Bean
    HttpAuthorizationRules internalEndpoints() {
        return rules -> rules.requestMatchers("/internal/**").hasRole(Roles.ADMIN);
    }
}
