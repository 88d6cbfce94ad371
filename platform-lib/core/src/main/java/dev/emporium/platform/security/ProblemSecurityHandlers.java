package dev.emporium.platform.security;

import dev.emporium.platform.api.BearerChallenges;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problems with an RFC 6750 challenge of our own wording ({@link BearerChallenges}): why a token
 * failed, and where the JWKS lives, is for our logs, not for whoever presented the token.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;

    ProblemSecurityHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? BearerChallenges.INVALID_TOKEN : BearerChallenges.MISSING_TOKEN);
        String detail = tokenSent ? "The access token is invalid or expired" : "An access token is required";
        problems.write(response, problems.create(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHORIZED, detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenges.INSUFFICIENT_SCOPE);
        }
        problems.write(response, problems.create(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "Your role may not do this"));
    }
}
