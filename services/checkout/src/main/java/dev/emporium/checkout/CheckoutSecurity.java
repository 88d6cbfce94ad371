package dev.emporium.checkout;

import dev.emporium.platform.security.HttpAuthorizationRules;
import dev.emporium.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Checkout is for signed-in customers (admins are customers too); service tokens name no customer. */
@Configuration(proxyBeanMethods = false)
class CheckoutSecurity {

    @Bean
    HttpAuthorizationRules checkoutRules() {
        return rules -> rules.requestMatchers("/api/v1/checkout/**").hasRole(Roles.CUSTOMER);
    }
}
