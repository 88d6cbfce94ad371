package dev.emporium.identity.auth;

import dev.emporium.identity.user.RegistrationRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Credentials.")
record LoginRequest(
        @Schema(description = "The account's email, in any case.", example = "ada@example.com")
        @NotBlank @Size(max = RegistrationRules.MAX_EMAIL_LENGTH) String email,
        @Schema(description = "The password, exactly as registered.", example = "correct horse battery staple", format = "password")
        @NotNull @Size(max = RegistrationRules.MAX_PASSWORD_LENGTH) String password) {
}
