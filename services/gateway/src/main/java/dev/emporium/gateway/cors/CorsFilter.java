package dev.emporium.gateway.cors;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.api.RequestSyntax;
import java.util.List;
import dev.emporium.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway owns CORS for the whole API. Runs before security so preflights (which carry no token) are answered
 * here; a rejected cross-origin request, or one whose {@code Origin} is not a valid origin at all, gets a 403 problem
 * instead of Spring's empty 403 (or a 500 from parsing it).
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    private final CorsConfiguration configuration;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter problems;

    CorsFilter(CorsProperties properties, ProblemWriter problems) {
        this.problems = problems;
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.allowedOrigins());
        config.setAllowedMethods(properties.allowedMethods());
        config.setAllowedHeaders(properties.allowedHeaders());
        config.setExposedHeaders(properties.exposedHeaders());
        config.setAllowCredentials(properties.allowCredentials());
        config.setMaxAge(properties.maxAge());
        this.configuration = config;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> origins = request.getHeaders().getValuesAsList(HttpHeaders.ORIGIN);
        if (!origins.isEmpty() && (origins.size() > 1 || !RequestSyntax.isValidOrigin(origins.getFirst()))) {
            // Not an origin a browser sends for a web page (or the opaque "null"): nothing to compare, so refuse.
            return problems.write(exchange, HttpStatus.FORBIDDEN, ProblemCodes.CORS_REJECTED,
                    "The Origin header is not a valid origin.");
        }
        if (!CorsUtils.isCorsRequest(request)) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, ProblemCodes.CORS_REJECTED,
                    "This cross-origin request is not allowed.");
        }
        return CorsUtils.isPreFlightRequest(request) ? exchange.getResponse().setComplete() : chain.filter(exchange);
    }
}
