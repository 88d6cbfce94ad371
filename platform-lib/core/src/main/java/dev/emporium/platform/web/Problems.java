package dev.emporium.platform.web;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.api.ProblemTypes;
import dev.emporium.platform.api.PublicText;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problems the same way everywhere: {@code type}, {@code title}, {@code status}, {@code detail},
 * plus the stable {@code code} and the {@code traceId} that finds the request in logs and traces.
 */
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final ObjectProvider<Tracer> tracer;
    private final JsonMapper json;

    public Problems(ObjectProvider<Tracer> tracer, JsonMapper json) {
        this.tracer = tracer;
        this.json = json;
    }

    public ProblemDetail create(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return enrich(problem, code);
    }

    /** Adds {@code code}, {@code type} and {@code traceId} to a problem made elsewhere (e.g. by Spring MVC). */
    public ProblemDetail enrich(ProblemDetail problem, String code) {
        problem.setType(URI.create(ProblemTypes.of(code)));
        // Details may come from a library's exception message: never let one name our classes to a client.
        problem.setDetail(PublicText.withoutInternals(problem.getDetail()));
        problem.setProperty("code", code);
        problem.setProperty("traceId", currentTraceId());
        return problem;
    }

    public ProblemDetail validationFailed(String detail, List<FieldError> errors) {
        ProblemDetail problem = create(org.springframework.http.HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes a problem straight to the servlet response, for filters and security handlers outside Spring MVC. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    /** The problem as its JSON members, extension properties flattened beside the standard ones. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    public String currentTraceId() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        return span == null ? null : span.context().traceId();
    }

    /** One invalid input: {@code field} is the JSON path or parameter name. */
    public record FieldError(String field, String message) {
    }
}
