package dev.emporium.platform.openapi;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.ProblemCodes;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The problems any operation can meet because of the platform rather than its own rules: malformed or invalid
 * input, a missing or insufficient token, size and media-type limits, idempotency keys, stale versions, the
 * gateway's rate limit and server or upstream failures. What applies follows from the operation's shape.
 */
final class PlatformProblems {

    private PlatformProblems() {
    }

    static void addTo(ProblemResponses problems, String path, Operation operation, Access access) {
        if (access == Access.OAUTH_CLIENT) {
            // An OAuth endpoint answers its clients' mistakes in OAuth's own JSON, declared by the operation.
            problems.add(ProblemResponses.SERVER_ERRORS, ProblemCodes.INTERNAL_ERROR, "an unexpected failure (500); the `traceId` finds it in the logs");
            return;
        }
        problems.add(400, ProblemCodes.MALFORMED_REQUEST, "the request is not well-formed HTTP or JSON (bad bytes, broken JSON, a duplicate parameter)");
        if (operation.getRequestBody() != null || hasOwnParameters(operation)) {
            problems.add(400, ProblemCodes.VALIDATION_FAILED, "a field or parameter is invalid; `errors` names each one");
        }
        problems.add(401, ProblemCodes.UNAUTHORIZED, access == Access.PUBLIC || access == Access.TOKEN_OPTIONAL
                ? "a token was sent but is invalid or expired (send none for anonymous access)"
                : "no valid bearer token (missing, expired, revoked key or wrong audience)");
        if (access == Access.ADMIN) {
            problems.add(403, ProblemCodes.FORBIDDEN, "the token is valid but lacks the ADMIN role");
        }
        if (access == Access.SERVICE) {
            problems.add(403, ProblemCodes.FORBIDDEN, "a user's token, or a service token without the scope this endpoint requires");
        }
        if (path.contains("{")) {
            problems.add(404, ProblemCodes.NOT_FOUND, "nothing exists at this address (or it is not visible to the caller)");
        }
        if (hasParameter(operation, HeaderNames.IDEMPOTENCY_KEY)) {
            problems.add(409, ProblemCodes.IDEMPOTENCY_KEY_IN_PROGRESS, "a request with this Idempotency-Key is still being processed; retry later");
            problems.add(422, ProblemCodes.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used for a different request");
        }
        if (hasParameter(operation, "If-Match")) {
            problems.add(412, ProblemCodes.STALE_VERSION, "If-Match names a version older than the current one; read again and reapply the change");
        }
        if (operation.getRequestBody() != null) {
            problems.add(413, ProblemCodes.PAYLOAD_TOO_LARGE, "the body is larger than the limit");
            problems.add(415, ProblemCodes.UNSUPPORTED_MEDIA_TYPE, "the body is not `application/json`");
        }
        problems.add(406, ProblemCodes.NOT_ACCEPTABLE, "`Accept` allows neither `application/json` nor `application/problem+json`");
        if (access == Access.SERVICE) {
            // Called service to service, never through the gateway: none of its limits or upstream failures apply.
            problems.add(ProblemResponses.SERVER_ERRORS, ProblemCodes.INTERNAL_ERROR, "an unexpected failure (500); the `traceId` finds it in the logs");
            return;
        }
        problems.add(414, ProblemCodes.URI_TOO_LONG, "the URL (request line) is too long for the gateway");
        problems.add(431, ProblemCodes.HEADERS_TOO_LARGE, "the request headers are too large for the gateway");
        problems.add(429, ProblemCodes.RATE_LIMITED, "the gateway's rate limit for this client is spent; `Retry-After` says when to retry");
        problems.add(ProblemResponses.SERVER_ERRORS, ProblemCodes.INTERNAL_ERROR, "an unexpected failure (500); the `traceId` finds it in the logs");
        problems.add(ProblemResponses.SERVER_ERRORS, ProblemCodes.BAD_GATEWAY, "the service failed while answering the gateway (502)");
        problems.add(ProblemResponses.SERVER_ERRORS, ProblemCodes.SERVICE_UNAVAILABLE, "the service or a dependency is down or overloaded (503); retry later");
        problems.add(ProblemResponses.SERVER_ERRORS, ProblemCodes.GATEWAY_TIMEOUT, "the service did not answer the gateway in time (504)");
    }

    private static boolean hasOwnParameters(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.get$ref() == null && !HeaderNames.REQUEST_ID.equalsIgnoreCase(p.getName()));
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .map(Parameter::getName).anyMatch(name::equalsIgnoreCase);
    }

    /** Who may call an operation, from the platform's path rules. */
    enum Access {
        PUBLIC, TOKEN_OPTIONAL, SIGNED_IN, ADMIN,
        /** {@code /internal/**}: a service token, called service to service. */
        SERVICE,
        /** {@code /oauth2/**}: a service authenticating with its client credentials (identity's token endpoint). */
        OAUTH_CLIENT
    }
}
