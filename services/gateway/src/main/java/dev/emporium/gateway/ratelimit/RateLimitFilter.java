package dev.emporium.gateway.ratelimit;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Throttles every routed request; the gateway's own endpoints (health probes, Swagger UI) are not limited.
 * Runs after authentication, so a signed-in client is limited by its subject wherever it connects from.
 */
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final String AUTH_PATHS = "/api/v1/auth/";

    private final TokenBucketRateLimiter limiter;
    private final ClientKeyResolver clients;
    private final RateLimitProperties properties;
    private final ProblemWriter problems;

    RateLimitFilter(TokenBucketRateLimiter limiter, ClientKeyResolver clients, RateLimitProperties properties,
            ProblemWriter problems) {
        this.limiter = limiter;
        this.clients = clients;
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        RateLimitProperties.Policy policy = path.startsWith(AUTH_PATHS) || path.equals("/api/v1/auth")
                ? properties.auth() : properties.standard();
        return clients.resolve(exchange)
                .flatMap(client -> limiter.acquire(policy, client))
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : tooManyRequests(problems, exchange, decision));
    }

    static Mono<Void> tooManyRequests(ProblemWriter problems, ServerWebExchange exchange,
            TokenBucketRateLimiter.Decision decision) {
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.RATE_LIMITED,
                "Too many requests. Retry after " + decision.retryAfterSeconds() + " s.",
                headers -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())));
    }
}
