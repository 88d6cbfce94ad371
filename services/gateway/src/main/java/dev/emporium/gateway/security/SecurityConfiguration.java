package dev.emporium.gateway.security;

import dev.emporium.platform.api.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Who may call what. Tokens are RS256 JWTs from identity, checked against its JWKS, issuer and audience (see
 * {@code spring.security.oauth2.resourceserver.jwt.*}); their {@code roles} claim becomes {@code ROLE_*}. A token
 * sent to a public path is still validated. Services check the token again: the header is forwarded unchanged.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String[] API_DOCS = {"/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs",
        "/v3/api-docs/**"};

    /** Asked first: an anonymous public read needs no security filter (see {@link AnonymousPublicReads}). */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain anonymousPublicReads() {
        return new AnonymousPublicReads();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
            ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDeniedHandler,
            InvalidTokenFailureHandler invalidToken) {
        return http
                // Stateless bearer-token API: no sessions, cookies, CSRF tokens or login pages.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // CORS and security headers come from the gateway's own filters (CorsFilter, SecurityHeadersFilter).
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, PublicPaths.authPosts()).permitAll()
                        .pathMatchers(HttpMethod.GET, PublicPaths.reads()).permitAll()
                        .pathMatchers(HttpMethod.HEAD, PublicPaths.reads()).permitAll()
                        // Guests have carts; merging one into an account needs the account (API.md: customer).
                        .pathMatchers(PublicPaths.guestCart()).permitAll()
                        // Payment providers' signed webhooks and the card provider's confirmation page.
                        .pathMatchers(PublicPaths.paymentProviders()).permitAll()
                        // Only the probes are exposed on this port (management.endpoints.web.exposure): the rest of
                        // /actuator does not exist here and answers 404, whoever asks.
                        .pathMatchers("/actuator/**").permitAll()
                        .pathMatchers(HttpMethod.GET, API_DOCS).permitAll()
                        .pathMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .pathMatchers("/api/**").authenticated()
                        // Anything else is not an API call (unknown paths get a 404 problem, not a 401).
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .authenticationFailureHandler(invalidToken)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .build();
    }
}
