package dev.emporium.gateway.security;

import dev.emporium.platform.api.PublicPaths;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The security chain of an anonymous public read: a GET or HEAD of {@link PublicPaths#READS} without an
 * {@code Authorization} header. Anyone may make it and there is no token to check, so it runs no security work. The
 * full chain ({@link SecurityConfiguration}) would only conclude the same after matching the request against every
 * rule through Reactor operators, a large part of the gateway's work on a cached answer (docs/performance.md). {@link WebFilterChainProxy}'s firewall still runs first. A read carrying any
 * {@code Authorization} header takes the full chain, so a token sent to a public path is still validated.
 */
public final class AnonymousPublicReads implements SecurityWebFilterChain {

    private static final List<PathPattern> PUBLIC_READS = PublicPaths.READS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    /** Whether the request is a GET or HEAD of a public read, whoever sends it. */
    public static boolean isPublicRead(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        PathContainer path = request.getPath().pathWithinApplication();
        for (PathPattern pattern : PUBLIC_READS) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAnonymousPublicRead(ServerHttpRequest request) {
        return !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION) && isPublicRead(request);
    }

    private static final WebFilter PASS_ON = (exchange, chain) -> chain.filter(exchange);

    @Override
    public Mono<Boolean> matches(ServerWebExchange exchange) {
        return Mono.just(isAnonymousPublicRead(exchange.getRequest()));
    }

    /**
     * One filter that only passes the request on: with none, Spring Security's observation decorator has no
     * observation to wrap the chain in and fails.
     */
    @Override
    public Flux<WebFilter> getWebFilters() {
        return Flux.just(PASS_ON);
    }
}
