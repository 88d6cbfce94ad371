package dev.emporium.identity.user;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account. The password hash never leaves this service. */
public record User(UUID id, String email, String name, String passwordHash, List<String> roles, Instant createdAt) {

    public UserView view() {
        return new UserView(id, email, name, roles, createdAt);
    }

    /** What the API shows of a user. */
    @Schema(name = "User", description = "An account, as the API shows it (never its password).")
    public record UserView(
            @Schema(description = "The account's id (the `sub` of its access tokens).",
                    example = "3f8b9c1e-2a4d-4e6f-9b1a-7c5d2e8f0a13", requiredMode = RequiredMode.REQUIRED) UUID id,
            @Schema(description = "The email as registered.", example = "ada@example.com", requiredMode = RequiredMode.REQUIRED)
            String email,
            @Schema(description = "The name shown to the user.", example = "Ada Lovelace", requiredMode = RequiredMode.REQUIRED)
            String name,
            @ArraySchema(arraySchema = @Schema(description = "The account's roles.", requiredMode = RequiredMode.REQUIRED),
                    schema = @Schema(allowableValues = {"CUSTOMER", "ADMIN"}, example = "CUSTOMER")) List<String> roles,
            @Schema(description = "When the account was created (UTC).", example = "2026-11-23T10:15:30Z",
                    requiredMode = RequiredMode.REQUIRED) Instant createdAt) {
    }
}
