package dev.emporium.platform.security;

import dev.emporium.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problems, keeping the standard {@code WWW-Authenticate: Bearer} challenge. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

    ProblemSecurityHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        challenge.commence(request, response, e);
        String detail = request.getHeader("Authorization") == null ? "An access token is required"
                : "The access token is invalid or expired";
        problems.write(response, problems.create(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        denial.handle(request, response, e);
        problems.write(response, problems.create(HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role may not do this"));
    }
}
