package dev.emporium.identity.auth;

import dev.emporium.identity.user.RegistrationRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "A new customer account.")
record RegisterRequest(
        @Schema(description = "Like name@domain.tld, without spaces; unique among accounts, compared case-insensitively; "
                + "stored as given (trimmed).", example = "ada@example.com")
        @NotBlank @Size(max = RegistrationRules.MAX_EMAIL_LENGTH)
        @Pattern(regexp = RegistrationRules.EMAIL_PATTERN, message = "must be a valid email address") String email,
        @Schema(description = "10 to 128 characters, any characters (spaces count; nothing is trimmed).",
                example = "correct horse battery staple", format = "password")
        @NotNull @Size(min = RegistrationRules.MIN_PASSWORD_LENGTH, max = RegistrationRules.MAX_PASSWORD_LENGTH) String password,
        @Schema(description = "The customer's name; not blank, trimmed.", example = "Ada Lovelace")
        @NotBlank @Size(max = RegistrationRules.MAX_NAME_LENGTH) String name) {
}
