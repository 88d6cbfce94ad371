package dev.emporium.gateway.security;

import dev.emporium.gateway.ratelimit.InvalidTokenPenalty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A bearer token that fails validation costs its client rate-limit tokens (429 once spent), then answers 401.
 * When the token could not be checked at all (JWKS unreachable) the error propagates (503): not the client's fault.
 */
@Component
class InvalidTokenFailureHandler implements ServerAuthenticationFailureHandler {

    private final ProblemAuthenticationEntryPoint entryPoint;
    private final ObjectProvider<InvalidTokenPenalty> penalty;

    InvalidTokenFailureHandler(ProblemAuthenticationEntryPoint entryPoint, ObjectProvider<InvalidTokenPenalty> penalty) {
        this.entryPoint = entryPoint;
        this.penalty = penalty;
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange webExchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            return Mono.error(failure);
        }
        var exchange = webExchange.getExchange();
        InvalidTokenPenalty limits = penalty.getIfAvailable();
        return limits == null
                ? entryPoint.commence(exchange, failure)
                : limits.charge(exchange, () -> entryPoint.commence(exchange, failure));
    }
}
