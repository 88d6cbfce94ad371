package dev.emporium.cart;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.platform.security.InternalScopes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CartApplication {
    public static void main(String[] args) {
        SpringApplication.run(CartApplication.class, args);
    }

    /** Cart events go out through the cart's own outbox (a Redis stream); the read models are fed by their own feeds. */
    @Bean
    EventTopics cartTopics() {
        return EventTopics.publishes(Topics.CART_EVENTS).andConsumes(Topics.CATALOG_PRODUCTS, Topics.INVENTORY_STOCK);
    }

    /** Checkout reads a customer's cart and takes an order's units out of it, with a service token of this scope. */
    @Bean
    InternalScopes checkoutScope() {
        return InternalScopes.require("cart:checkout", "/internal/carts/**");
    }
}
