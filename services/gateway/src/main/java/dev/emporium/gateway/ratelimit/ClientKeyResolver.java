package dev.emporium.gateway.ratelimit;

import dev.emporium.gateway.clientaddress.ClientAddresses;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the JWT subject when authenticated ({@code user:<sub>}), otherwise the client
 * address ({@code ip:<address>}) as {@link ClientAddresses} decides it, the same address the services are told.
 */
public class ClientKeyResolver {

    private final ClientAddresses addresses;

    public ClientKeyResolver(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .map(principal -> "user:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + addresses.of(exchange.getRequest())));
    }
}
