package dev.emporium.platform.web;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.api.RequestSyntax;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests the frameworks would choke on later, each with a problem: a query string that is not valid
 * percent-encoded UTF-8 (Tomcat fails lazily on the first {@code getParameter}, as a 500) is a 400; a
 * {@code Content-Type} that is a wildcard or unparseable ({@code *}{@code /*}, {@code application/*}, {@code text/})
 * is a 415. The gateway applies the same {@link RequestSyntax} rules; services check again because they are
 * reachable on their own ports.
 */
public class RequestSyntaxFilter extends OncePerRequestFilter {

    private final Problems problems;

    public RequestSyntaxFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!RequestSyntax.isWellFormedEncoding(request.getQueryString())) {
            problems.write(response, problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "The query string is not valid percent-encoded UTF-8"));
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !RequestSyntax.isConcreteMediaType(contentType)) {
            problems.write(response, problems.create(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must name one media type, such as application/json"));
            return;
        }
        chain.doFilter(request, response);
    }
}
