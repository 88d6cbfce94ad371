package dev.emporium.identity.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "The refresh token to exchange.")
record RefreshRequest(
        @Schema(description = "The `refreshToken` of the latest login or refresh response.",
                example = "q1Vw9oTq5n4m2Y0jHc7bKxR8sLpA3dEfGhIjKlMnOpQ")
        @NotBlank @Size(max = 512) String refreshToken) {
}
