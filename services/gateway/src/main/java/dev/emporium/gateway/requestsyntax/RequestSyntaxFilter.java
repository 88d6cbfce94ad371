package dev.emporium.gateway.requestsyntax;

import dev.emporium.gateway.problem.ProblemWriter;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.api.RequestSyntax;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, with a problem and before anything parses them further, requests that a service (or the gateway itself)
 * would otherwise choke on: a path or query that is not valid percent-encoded UTF-8 (400), a wildcard or
 * unparseable {@code Content-Type} (415). The services apply the same {@link RequestSyntax} rules.
 */
@Component
class RequestSyntaxFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;

    RequestSyntaxFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // After the request id and security headers, before CORS, size limits and security.
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        URI uri = exchange.getRequest().getURI();
        if (!RequestSyntax.isWellFormedEncoding(uri.getRawPath()) || !RequestSyntax.isWellFormedEncoding(uri.getRawQuery())) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "The path and query must be valid percent-encoded UTF-8.");
        }
        var contentTypes = exchange.getRequest().getHeaders().getValuesAsList(HttpHeaders.CONTENT_TYPE);
        if (!contentTypes.isEmpty() && (contentTypes.size() > 1 || !RequestSyntax.isConcreteMediaType(contentTypes.getFirst()))) {
            return problems.write(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must name one media type, such as application/json.");
        }
        return chain.filter(exchange);
    }
}
