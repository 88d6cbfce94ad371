package dev.emporium.checkout.downstream;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Another service checkout needs did not answer (after the retries an idempotent call is allowed), or its circuit is
 * open: 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After}. The detail names the service, never the cause.
 */
public class DownstreamUnavailableException extends ApiException {

    private final String service;
    private final String reason;

    public DownstreamUnavailableException(String service, String reason, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                "The " + service + " service is unavailable at the moment; try again shortly");
        this.service = service;
        this.reason = reason;
        initCause(cause);
        withHeader("Retry-After", "5");
    }

    public String service() {
        return service;
    }

    /** Why, for the logs. */
    public String reason() {
        return reason;
    }
}
