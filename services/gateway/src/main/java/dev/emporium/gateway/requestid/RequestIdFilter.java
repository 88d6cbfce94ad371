package dev.emporium.gateway.requestid;

import dev.emporium.platform.api.HeaderNames;

import io.micrometer.context.ContextRegistry;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request an {@code X-Request-Id}: the client's own if it is sane, a new UUID otherwise. The id is
 * forwarded to the service, returned on every response (errors included) and put in the logging MDC.
 * Runs first, so even requests rejected by later filters carry the id.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = HeaderNames.REQUEST_ID;
    /** Also the MDC key, so structured logs carry {@code requestId}. */
    public static final String CONTEXT_KEY = "requestId";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    static {
        // Operators that restore thread-locals (handle, tap, contextCapture) restore this MDC entry too. Propagation is
        // "limited" (application.yml), so log statements elsewhere put the ids in the MDC themselves.
        ContextRegistry.getInstance().registerThreadLocalAccessor(CONTEXT_KEY, () -> MDC.get(CONTEXT_KEY),
                value -> MDC.put(CONTEXT_KEY, value), () -> MDC.remove(CONTEXT_KEY));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = accept(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, requestId))
                .build();
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().set(HEADER, requestId);
        // Set again at commit: a service echoing the id must not leave the header doubled.
        response.beforeCommit(() -> {
            response.getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        return chain.filter(exchange.mutate().request(request).build())
                .contextWrite(Context.of(CONTEXT_KEY, requestId));
    }

    /** The client's request id if it is sane, else a new one. */
    public static String accept(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
