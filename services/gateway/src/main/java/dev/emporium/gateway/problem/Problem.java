package dev.emporium.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem body with Emporium's extensions: a stable {@code code} and the request's {@code traceId}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        String traceId) {
}
