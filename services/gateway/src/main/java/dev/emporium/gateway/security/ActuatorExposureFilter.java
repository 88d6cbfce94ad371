package dev.emporium.gateway.security;

import dev.emporium.gateway.problem.ProblemWriter;
import dev.emporium.platform.api.ProblemCodes;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * On the public port the actuator is only the liveness and readiness probes (the launcher and orchestrators need
 * them); any other {@code /actuator} path, including health components, answers a 404 problem. With the actuator on
 * its own port ({@code management.server.port}) the public port has no actuator at all and this filter is off.
 */
@Component
@ConditionalOnExpression("'${management.server.port:}'.isEmpty()")
class ActuatorExposureFilter implements WebFilter, Ordered {

    private static final Set<String> PROBES = Set.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");

    private final ProblemWriter problems;

    ActuatorExposureFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2; // after the request id and security headers, before security
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if ((path.equals("/actuator") || path.startsWith("/actuator/")) && !PROBES.contains(path)) {
            return problems.write(exchange, HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, "No such resource.");
        }
        return chain.filter(exchange);
    }
}
