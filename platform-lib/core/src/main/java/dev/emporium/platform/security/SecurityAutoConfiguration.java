package dev.emporium.platform.security;

import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import dev.emporium.platform.api.TokenClaims;
import dev.emporium.platform.api.PublicPaths;
import dev.emporium.platform.web.Problems;
import dev.emporium.platform.web.WebAutoConfiguration;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springdoc.core.utils.SpringDocUtils;

/**
 * Every service is a stateless OAuth2 resource server: it validates identity's RS256 tokens itself against the
 * JWKS (defence in depth behind the gateway), maps the {@code roles} claim to {@code ROLE_*} authorities and
 * answers 401/403 as problems. {@code /internal/**} is for services' client-credentials tokens only, each path
 * with the scope an {@link InternalScopes} bean names; everywhere else a service token is refused.
 */
@AutoConfiguration(after = WebAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(JwksProperties.class)
public class SecurityAutoConfiguration {

    private static final int JWKS_CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int JWKS_READ_TIMEOUT_MILLIS = 5_000;

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain emporiumSecurityFilterChain(HttpSecurity http, ObjectProvider<HttpAuthorizationRules> serviceRules,
            ObjectProvider<InternalScopes> internalScopes, Problems problems) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
                            "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll();
                    // The same public paths as the gateway's, so the two layers never disagree.
                    rules.requestMatchers(HttpMethod.GET, PublicPaths.reads()).permitAll();
                    rules.requestMatchers(HttpMethod.HEAD, PublicPaths.reads()).permitAll();
                    rules.requestMatchers(HttpMethod.POST, PublicPaths.authPosts()).permitAll();
                    rules.requestMatchers(PublicPaths.guestCart()).permitAll();
                    rules.requestMatchers(PublicPaths.paymentProviders()).permitAll();
                    // Before the service's own rules, so none of them can open an internal path to users.
                    internalScopes.orderedStream().flatMap(scopes -> scopes.rules().stream()).forEach(rule -> rules
                            .requestMatchers(rule.pattern()).access(ServiceTokenAuthorization.serviceWithScope(rule.scope())));
                    rules.requestMatchers(ServiceTokenAuthorization.INTERNAL_PATHS).denyAll();
                    serviceRules.orderedStream().forEach(serviceRule -> serviceRule.configure(rules));
                    rules.requestMatchers("/api/v1/admin/**").hasRole(Roles.ADMIN);
                    // A service token is for /internal/** only (it names no user).
                    rules.anyRequest().access(ServiceTokenAuthorization.user());
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }

    /** Validates against identity's JWKS, cached and refetched for unknown key ids at most once per cooldown. */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(Environment environment, JwksProperties jwks) {
        String jwkSetUri = environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "http://127.0.0.1:8081/.well-known/jwks.json");
        return remoteJwtDecoder(URI.create(jwkSetUri), jwks, Clock.systemUTC());
    }

    /** An RS256-only decoder for identity's tokens, whose keys come from the JWKS at {@code jwkSetUri}. */
    public static NimbusJwtDecoder remoteJwtDecoder(URI jwkSetUri, JwksProperties jwks, Clock clock) {
        // Nimbus's 500 ms defaults fail on a busy host; one slow fetch per cooldown costs little.
        DefaultResourceRetriever http = new DefaultResourceRetriever(JWKS_CONNECT_TIMEOUT_MILLIS, JWKS_READ_TIMEOUT_MILLIS,
                JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
        JWKSetSource<SecurityContext> fetch;
        try {
            fetch = new URLBasedJWKSetSource<>(jwkSetUri.toURL(), http);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a JWKS URL: " + jwkSetUri, e);
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(new CooldownJwkSetSource<>(fetch, jwks.refreshCooldown(), clock))
                .cache(jwks.cacheTtl().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .refreshAheadCache(false)
                .rateLimited(false) // CooldownJwkSetSource limits fetches
                .build();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(tokenValidator());
        return decoder;
    }

    /** Expiry (with 30 s clock skew), issuer and audience: a token minted for someone else is not ours. */
    public static OAuth2TokenValidator<Jwt> tokenValidator() {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER),
                new JwtClaimValidator<List<String>>("aud", audience -> audience != null && audience.contains(TokenClaims.AUDIENCE))));
    }

    /** A user's {@code roles} become {@code ROLE_*}; a service token's {@code scope} becomes {@code SCOPE_*} (and no role). */
    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(TokenClaims.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
        scopes.setAuthoritiesClaimName(TokenClaims.SCOPE);
        scopes.setAuthorityPrefix(ServiceTokenAuthorization.SCOPE_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> TokenClaims.TOKEN_USE_SERVICE.equals(jwt.getClaimAsString(TokenClaims.TOKEN_USE))
                ? scopes.convert(jwt) : roles.convert(jwt));
        return converter;
    }

    /** Lets internal handlers take a {@link ServiceCaller} parameter (hidden from the OpenAPI document). */
    @Bean
    WebMvcConfigurer serviceCallerArgument() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ServiceCaller.class);
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ServiceCallerResolver());
            }
        };
    }
}
