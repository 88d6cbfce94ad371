package dev.emporium.gateway.security;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as a problem: the caller is known, but their roles do not allow the call. */
@Component
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                "Your role does not allow this operation.");
    }
}
