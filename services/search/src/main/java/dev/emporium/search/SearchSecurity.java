package dev.emporium.search;

import dev.emporium.platform.security.HttpAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SearchSecurity {

    /** Searching is public (guests browse the shop); rebuilding stays under the platform's ADMIN rule. */
    @Bean
    HttpAuthorizationRules publicSearchEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/search", "/api/v1/search/**").permitAll();
    }
}
