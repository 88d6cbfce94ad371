package dev.emporium.identity.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** RFC 6749 §5.1. */
@Schema(name = "ServiceTokenResponse", description = "A service's access token (RFC 6749 §5.1).")
record TokenResponse(
        @JsonProperty("access_token")
        @Schema(description = "The JWT to send as `Authorization: Bearer` to other services' `/internal/**` endpoints.",
                example = "eyJraWQiOiI2YzJhNGYxOCIsInR5cCI6IkpXVCIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJjaGVja291dCJ9.c2ln",
                requiredMode = RequiredMode.REQUIRED) String accessToken,
        @JsonProperty("token_type")
        @Schema(description = "Always `Bearer`.", example = "Bearer", allowableValues = "Bearer",
                requiredMode = RequiredMode.REQUIRED) String tokenType,
        @JsonProperty("expires_in")
        @Schema(description = "Seconds the token is valid for (5 minutes by default). Cache it and fetch the next one "
                + "shortly before it expires.", example = "300", requiredMode = RequiredMode.REQUIRED) long expiresIn,
        @Schema(description = "The granted scopes, space-separated: those asked for, or all the client may have when "
                + "it asked for none.", example = "inventory:reserve", requiredMode = RequiredMode.REQUIRED) String scope) {
}
