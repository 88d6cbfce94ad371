package dev.emporium.gateway.security;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Adds the security headers to every response, proxied or gateway-made, just before it is committed. Spring
 * Security's own header writing is switched off because it would also add {@code Cache-Control: no-cache} and
 * {@code Pragma}, breaking the services' caching and ETags. A header a service already set is kept. The Redoc
 * reference page alone gets its own, wider, CSP.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    private final Map<String, String> securityHeaders;
    private final Map<String, String> apiReferenceHeaders;

    SecurityHeadersFilter(SecurityHeadersProperties properties) {
        this.securityHeaders = Map.copyOf(properties.asHeaders());
        this.apiReferenceHeaders = Map.copyOf(properties.asApiReferenceHeaders());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        Map<String, String> added = SecurityHeadersProperties.API_REFERENCE_PAGE
                .equals(exchange.getRequest().getPath().pathWithinApplication().value())
                ? apiReferenceHeaders : securityHeaders;
        response.beforeCommit(() -> {
            HttpHeaders headers = response.getHeaders();
            added.forEach((name, value) -> {
                if (!headers.containsHeader(name) && !value.isBlank()) {
                    headers.set(name, value);
                }
            });
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
