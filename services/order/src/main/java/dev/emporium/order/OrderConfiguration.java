package dev.emporium.order;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.platform.security.HttpAuthorizationRules;
import dev.emporium.platform.security.InternalScopes;
import dev.emporium.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderConfiguration {

    /** Order owns {@code orders.orders}: every change of an order's status, with what consumers need of the order. */
    @Bean
    EventTopics orderTopics() {
        return EventTopics.publishes(Topics.ORDERS);
    }

    /** Creating, confirming and cancelling orders is checkout's, with a service token of this scope. */
    @Bean
    InternalScopes orderWriteScope() {
        return InternalScopes.require("order:write", "/internal/orders/**");
    }

    /** A customer's own orders: a user token with the CUSTOMER role (a service token names no customer). */
    @Bean
    HttpAuthorizationRules customerOrders() {
        return rules -> rules.requestMatchers("/api/v1/orders", "/api/v1/orders/**").hasRole(Roles.CUSTOMER);
    }
}
