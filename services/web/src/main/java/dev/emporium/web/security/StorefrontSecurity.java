package dev.emporium.web.security;

import dev.emporium.platform.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.util.UriUtils;

/**
 * The storefront's own security, in place of platform-core's. Platform-core makes every service a stateless
 * resource server for bearer tokens, with CSRF off: right for an API, wrong for pages a browser signs in to. Its
 * chain steps aside for any {@code SecurityFilterChain} bean (it is {@code @ConditionalOnMissingBean}), so this one
 * replaces it rather than fighting it: the session (Redis, Spring Session) holds the signed-in customer, every
 * unsafe request must carry the CSRF token (forms get it as a hidden field), and no bearer token is read from
 * requests: the browser never has one.
 * <p>
 * The expected CSRF token lives in its own HttpOnly, SameSite=Lax cookie, not in the session: a page with a form
 * (every product page has one) must not create a session, or each anonymous visitor and crawler would leave one in
 * Redis for a day. A session starts only when a shopper changes something (a cart, a preference, signing in).
 * <p>
 * Signing in is a page of the storefront that calls identity ({@code CustomerSession}), not a Spring Security
 * form login. Pages that need a customer send a guest to {@code /login?next=...}; {@code /admin} needs ADMIN. The
 * platform's own endpoints that every service has ({@code /api/**}: outbox and dead letters) are not the
 * storefront's and are refused here; the probes and metrics stay open, as on every service.
 */
@Configuration(proxyBeanMethods = false)
class StorefrontSecurity {

    static final String CSRF_COOKIE = "EMPORIUM_CSRF";

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain storefrontSecurityFilterChain(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage(DeniedController.PATH);
        http.securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/api/**", "/internal/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").denyAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/account", "/account/**", "/checkout", "/checkout/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInFirst()).accessDeniedHandler(denied));
        return http.build();
    }

    static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        // secure follows the request (true behind TLS), as the session cookie's does
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    /** A guest asking for a customer's page is sent to sign in, and back to the page afterwards. */
    static final class SignInFirst implements AuthenticationEntryPoint {
        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
            String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/login?next=" + UriUtils.encode(back, StandardCharsets.UTF_8));
        }
    }
}
