package dev.emporium.gateway.cache;

import dev.emporium.gateway.security.AnonymousPublicReads;
import dev.emporium.platform.api.PublicPaths;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A shared cache of public answers: an anonymous GET or HEAD of a public read ({@link PublicPaths#READS}) is answered
 * from memory while the service's own answer to it is fresh ({@link CachePolicy}). Anything carrying a credential
 * ({@code Authorization}, {@code Cookie}) goes to the service and is never kept, whatever the service says. A miss
 * asks the service without the client's validators, so the full answer comes back and can be kept; the client still
 * gets its 304 when they match. Identical misses arriving together make one call ({@link Fetches}). Runs right
 * after the rate limiter, so answers from the cache are throttled too, and inside the gateway's web filters, so they
 * carry the request id and security headers like any other answer.
 */
class PublicResponseCacheFilter implements GlobalFilter, Ordered {

    static final String METRIC = "emporium.gateway.response.cache";

    /** Requests whose answer depends on more than the key: the service decides them. */
    private static final List<String> FOR_THE_SERVICE = List.of(HttpHeaders.RANGE, HttpHeaders.IF_RANGE,
            HttpHeaders.IF_MATCH, HttpHeaders.IF_UNMODIFIED_SINCE);
    private static final List<String> NOT_MODIFIED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY);

    private final ResponseStore store;
    private final CachePolicy policy;
    private final int maxEntryBytes;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;
    private final Counter notModified;
    private final Counter coalesced;
    private final Fetches fetches;

    PublicResponseCacheFilter(ResponseStore store, CachePolicy policy, int maxEntryBytes, Fetches fetches,
            MeterRegistry meters) {
        this.store = store;
        this.fetches = fetches;
        this.policy = policy;
        this.maxEntryBytes = maxEntryBytes;
        this.hits = counter(meters, "hit");
        this.misses = counter(meters, "miss");
        this.bypasses = counter(meters, "bypass");
        this.notModified = counter(meters, "not-modified");
        this.coalesced = counter(meters, "coalesced");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 101; // just after RateLimitFilter (+100)
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Optional<CacheKey> key = keyFor(exchange);
        if (key.isEmpty()) {
            bypasses.increment();
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest();
        // a client asking for a fresh answer gets one from the service, neither the kept one nor another's fetch
        boolean refresh = CachePolicy.refreshRequested(request.getHeaders());
        Optional<CachedAnswer> kept = refresh ? Optional.empty() : store.fresh(key.get());
        if (kept.isPresent()) {
            return answerFrom(kept.get(), exchange);
        }
        if (refresh || HttpMethod.HEAD.equals(request.getMethod())) {
            misses.increment(); // a HEAD answer keeps nothing, so it fetches for nobody else
            return askService(exchange, chain, key.get());
        }
        return fetches.fetchOrWait(key.get(),
                () -> {
                    misses.increment();
                    return askService(exchange, chain, key.get());
                },
                () -> answerAfterOthersFetch(exchange, chain, key.get()));
    }

    /** Another request just fetched this answer: from the cache if it was kept, else from the service as usual. */
    private Mono<Void> answerAfterOthersFetch(ServerWebExchange exchange, GatewayFilterChain chain, CacheKey key) {
        Optional<CachedAnswer> kept = store.fresh(key);
        if (kept.isPresent()) {
            coalesced.increment();
            return answerFrom(kept.get(), exchange);
        }
        misses.increment();
        return askService(exchange, chain, key);
    }

    private Optional<CacheKey> keyFor(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        // a GET or HEAD of a public read; the same test that spares it the security chain
        if (!AnonymousPublicReads.isPublicRead(request) || route == null
                // a credential makes the answer the caller's own, whatever the service says about it
                || headers.containsHeader(HttpHeaders.AUTHORIZATION) || headers.containsHeader(HttpHeaders.COOKIE)
                || FOR_THE_SERVICE.stream().anyMatch(headers::containsHeader)
                || CachePolicy.storingForbidden(headers)) {
            return Optional.empty();
        }
        return CacheKey.of(route.getId(), request);
    }

    private Mono<Void> answerFrom(CachedAnswer kept, ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        HttpHeaders headers = response.getHeaders();
        String age = Long.toString(kept.ageSeconds(System.nanoTime()));
        if (Conditionals.notModified(exchange.getRequest().getHeaders(), kept.headers())) {
            notModified.increment();
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            copy(kept.headers(), headers, NOT_MODIFIED_HEADERS);
            headers.set(HttpHeaders.AGE, age);
            return response.setComplete();
        }
        hits.increment();
        response.setStatusCode(HttpStatusCode.valueOf(kept.status()));
        copy(kept.headers(), headers, CachedAnswer.KEPT_HEADERS);
        headers.set(HttpHeaders.AGE, age);
        headers.setContentLength(kept.body().length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(kept.body())));
    }

    private Mono<Void> askService(ServerWebExchange exchange, GatewayFilterChain chain, CacheKey key) {
        ServerHttpRequest request = exchange.getRequest();
        ServerHttpRequest withoutValidators = request.mutate().headers(headers -> {
            headers.remove(HttpHeaders.IF_NONE_MATCH);
            headers.remove(HttpHeaders.IF_MODIFIED_SINCE);
        }).build();
        // a HEAD answer has no body to keep; a GET's answer serves later HEADs too
        Optional<RecordingResponse.Keeping> keeping = HttpMethod.GET.equals(request.getMethod())
                ? Optional.of(new RecordingResponse.Keeping(store, key, policy, maxEntryBytes)) : Optional.empty();
        RecordingResponse response = new RecordingResponse(exchange.getResponse(), request.getHeaders(),
                List.copyOf(exchange.getResponse().getHeaders().getVary()), keeping);
        return chain.filter(exchange.mutate().request(withoutValidators).response(response).build());
    }

    /** Copies the named headers; Vary is merged, the gateway may have put its own (CORS) there already. */
    private static void copy(HttpHeaders from, HttpHeaders to, List<String> names) {
        for (String name : names) {
            List<String> values = from.get(name);
            if (values == null) {
                continue;
            }
            if (name.equals(HttpHeaders.VARY)) {
                List<String> present = to.getVary();
                CachePolicy.tokens(values).stream()
                        .filter(value -> present.stream().noneMatch(value::equalsIgnoreCase))
                        .forEach(value -> to.add(HttpHeaders.VARY, value));
            }
            else {
                to.put(name, values);
            }
        }
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder(METRIC).description("Public GET/HEAD reads by how the gateway's shared cache took them")
                .tag("result", result).register(meters);
    }
}
