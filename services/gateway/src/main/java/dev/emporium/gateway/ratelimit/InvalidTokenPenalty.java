package dev.emporium.gateway.ratelimit;

import dev.emporium.gateway.problem.ProblemWriter;
import java.util.function.Supplier;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Charges a request whose bearer token failed validation to its client's default bucket, at
 * {@code invalid-token-cost} tokens. Such a request never reaches {@link RateLimitFilter} (security answers 401
 * first), so without this a flood of forged tokens would not be limited at all.
 */
public class InvalidTokenPenalty {

    private final TokenBucketRateLimiter limiter;
    private final ClientKeyResolver clients;
    private final RateLimitProperties properties;
    private final ProblemWriter problems;

    InvalidTokenPenalty(TokenBucketRateLimiter limiter, ClientKeyResolver clients, RateLimitProperties properties,
            ProblemWriter problems) {
        this.limiter = limiter;
        this.clients = clients;
        this.properties = properties;
        this.problems = problems;
    }

    /** Answers 429 once the client's bucket cannot pay for another invalid token, otherwise {@code unauthorized}. */
    public Mono<Void> charge(ServerWebExchange exchange, Supplier<Mono<Void>> unauthorized) {
        return clients.resolve(exchange)
                .flatMap(client -> limiter.acquire(properties.standard(), client, properties.invalidTokenCost()))
                .flatMap(decision -> decision.allowed()
                        ? unauthorized.get()
                        : RateLimitFilter.tooManyRequests(problems, exchange, decision));
    }
}
