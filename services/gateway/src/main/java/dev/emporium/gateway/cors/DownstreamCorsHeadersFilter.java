package dev.emporium.gateway.cors;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drops CORS headers from service responses: the gateway has already set its own, and a second
 * {@code Access-Control-Allow-Origin} makes browsers reject the response.
 */
@Component
class DownstreamCorsHeadersFilter implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders filtered = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!name.regionMatches(true, 0, "Access-Control-", 0, "Access-Control-".length())) {
                filtered.addAll(name, values);
            }
        });
        return filtered;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.RESPONSE;
    }
}
