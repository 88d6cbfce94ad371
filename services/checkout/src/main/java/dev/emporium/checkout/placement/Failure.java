package dev.emporium.checkout.placement;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Why a checkout fails, decided by its first failure and kept (column {@code failure}, then {@code problem}), so the
 * customer, a replay with the same key and {@code GET /api/v1/checkout/{id}} all get the same problem.
 *
 * @param properties the problem's extra members ({@code shortages}, {@code declineCode}, {@code lines}...)
 */
public record Failure(int status, String code, String detail, Map<String, Object> properties) {

    public Failure {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    static Failure of(ApiException e) {
        return new Failure(e.status().value(), e.code(), e.getMessage(), e.properties());
    }

    static Failure unavailable(String service) {
        return new Failure(503, ProblemCodes.SERVICE_UNAVAILABLE, "The " + service + " service is unavailable at the moment; "
                + "nothing was charged and nothing is held: try again shortly", Map.of());
    }

    static Failure declined(String declineCode) {
        return new Failure(402, "PAYMENT_DECLINED", "The card was declined (" + declineCode + "); nothing was charged",
                Map.of("declineCode", declineCode));
    }

    /** The problem the customer gets, naming the checkout. */
    ApiException toException(UUID checkoutId) {
        Map<String, Object> members = new LinkedHashMap<>(properties);
        members.put("checkoutId", checkoutId);
        ApiException problem = new ApiException(HttpStatus.valueOf(status), code, detail, members);
        return status == 503 ? problem.withHeader("Retry-After", "5") : problem;
    }
}
