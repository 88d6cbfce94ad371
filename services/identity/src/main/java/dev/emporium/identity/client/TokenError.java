package dev.emporium.identity.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.springframework.http.HttpStatus;

/**
 * An RFC 6749 §5.2 error. The token endpoint answers in OAuth's own JSON shape, not as a problem: OAuth client
 * libraries (Spring Security's among them) read {@code error}, and an RFC 9457 body would hide it from them.
 */
@Schema(name = "OAuthError", description = "An OAuth 2.0 token error (RFC 6749 §5.2).")
record TokenError(
        @Schema(description = "The error code.", example = "invalid_client", requiredMode = RequiredMode.REQUIRED,
                allowableValues = { "invalid_request", "invalid_client", "unsupported_grant_type", "invalid_scope" })
        String error,
        @JsonProperty("error_description")
        @Schema(description = "What went wrong, for a developer.", example = "Client authentication failed",
                requiredMode = RequiredMode.REQUIRED) String errorDescription) {

    /** Thrown by the endpoint's checks; the endpoint turns it into the response. */
    static final class Failure extends RuntimeException {
        final HttpStatus status;
        final TokenError body;

        Failure(HttpStatus status, String error, String description) {
            super(error + ": " + description, null, false, false);
            this.status = status;
            this.body = new TokenError(error, description);
        }
    }

    static Failure invalidRequest(String description) {
        return new Failure(HttpStatus.BAD_REQUEST, "invalid_request", description);
    }

    static Failure invalidClient() {
        return new Failure(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed");
    }

    static Failure unsupportedGrantType() {
        return new Failure(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only grant_type=client_credentials is supported");
    }

    static Failure invalidScope(String scope) {
        return new Failure(HttpStatus.BAD_REQUEST, "invalid_scope", "This client may not have the scope '" + scope + "'");
    }
}
