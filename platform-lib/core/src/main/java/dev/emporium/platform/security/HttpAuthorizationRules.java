package dev.emporium.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules (public reads, say), applied before the platform's defaults: {@code /api/v1/admin/**}
 * needs ADMIN, everything else needs an authenticated user.
 */
@FunctionalInterface
public interface HttpAuthorizationRules {
    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
