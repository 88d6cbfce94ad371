package dev.emporium.gateway.security;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as a problem with an RFC 6750 challenge. The detail stays generic: why a token failed (signature, expiry,
 * issuer) is for our logs, not for whoever presented it.
 */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean invalidToken = ex instanceof InvalidBearerTokenException;
        String challenge = invalidToken
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                : "Bearer";
        String detail = invalidToken ? "The access token is invalid or expired." : "This requires a bearer token.";
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHORIZED, detail,
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }
}
