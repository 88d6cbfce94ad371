package dev.emporium.gateway.problem;

import dev.emporium.platform.api.BearerChallenges;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A service's {@code WWW-Authenticate} is passed on in the platform's own wording ({@link BearerChallenges}), keeping
 * only its error code: whatever a service's security library put in {@code error_description} (validator messages,
 * the JWKS address) stays inside.
 */
@Component
class DownstreamChallengeFilter implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        if (!input.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            return input;
        }
        HttpHeaders filtered = new HttpHeaders();
        input.forEach(filtered::addAll);
        filtered.set(HttpHeaders.WWW_AUTHENTICATE, BearerChallenges.reworded(input.getFirst(HttpHeaders.WWW_AUTHENTICATE)));
        return filtered;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.RESPONSE;
    }
}
