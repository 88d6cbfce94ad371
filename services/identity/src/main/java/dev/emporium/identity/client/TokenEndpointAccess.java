package dev.emporium.identity.client;

import dev.emporium.platform.security.HttpAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The token endpoint authenticates its clients itself (their secrets, not a bearer token). */
@Configuration(proxyBeanMethods = false)
class TokenEndpointAccess {

    @Bean
    HttpAuthorizationRules tokenEndpointIsOpen() {
        return rules -> rules.requestMatchers(HttpMethod.POST, TokenEndpoint.PATH).permitAll();
    }
}
