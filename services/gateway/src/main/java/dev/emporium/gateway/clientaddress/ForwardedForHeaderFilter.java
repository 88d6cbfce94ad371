package dev.emporium.gateway.clientaddress;

import dev.emporium.platform.api.HeaderNames;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services exactly one client address: the one {@link ClientAddresses} decided. Runs after Spring Cloud
 * Gateway's own {@code XForwardedHeadersFilter} (which appends to whatever the client sent) and replaces the
 * {@code X-Forwarded-For} it built; drops any {@code Forwarded} header, which only a client could have written.
 */
class ForwardedForHeaderFilter implements HttpHeadersFilter, Ordered {

    private static final String FORWARDED = "Forwarded";

    private final ClientAddresses clients;

    ForwardedForHeaderFilter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = HttpHeaders.copyOf(input);
        headers.remove(FORWARDED);
        headers.set(HeaderNames.FORWARDED_FOR, clients.of(exchange.getRequest()));
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
