package dev.emporium.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the JWT subject when authenticated ({@code user:<sub>}), otherwise the client IP
 * ({@code ip:<address>}). Behind trusted proxies the client IP is the right-most {@code X-Forwarded-For} entry not
 * added by a trusted proxy; entries further left are client-supplied and could be forged.
 */
public class ClientKeyResolver {

    private final List<AddressRange> trustedProxies;

    public ClientKeyResolver(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(AddressRange::parse).toList();
    }

    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .map(principal -> "user:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange.getRequest())));
    }

    String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = new ArrayList<>();
        for (String header : request.getHeaders().getOrEmpty("X-Forwarded-For")) {
            Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(forwarded::add);
        }
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i);
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return forwarded.isEmpty() ? peer : forwarded.getFirst();
    }

    private boolean isTrusted(String address) {
        return AddressRange.literal(address)
                .map(candidate -> trustedProxies.stream().anyMatch(range -> range.contains(candidate)))
                .orElse(false);
    }
}
