package dev.emporium.platform.web;

import dev.emporium.platform.api.ProblemCodes;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A business rule said no: becomes a problem response with this status, stable {@code code} and detail.
 * Services throw it (or a subclass) instead of building responses by hand.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ApiException(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    /** 400 {@code VALIDATION_FAILED} naming each invalid field or parameter. */
    public static ApiException invalid(String detail, java.util.List<Problems.FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, detail, Map.of("errors", errors));
    }

    public static ApiException invalidField(String field, String message) {
        return invalid("The request has invalid fields", java.util.List.of(new Problems.FieldError(field, message)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, what + " not found");
    }

    /** Adds a response header, e.g. {@code Retry-After} on a 429. */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
