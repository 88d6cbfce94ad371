package dev.emporium.identity.auth;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.UUID;

@Schema(description = "The account just created.")
record Registered(
        @Schema(description = "The account's id (the `sub` of its access tokens).", example = "3f8b9c1e-2a4d-4e6f-9b1a-7c5d2e8f0a13",
                requiredMode = RequiredMode.REQUIRED) UUID id,
        @Schema(description = "The email as registered (trimmed).", example = "ada@example.com", requiredMode = RequiredMode.REQUIRED)
        String email,
        @Schema(description = "The name, trimmed.", example = "Ada Lovelace", requiredMode = RequiredMode.REQUIRED) String name,
        @ArraySchema(arraySchema = @Schema(description = "Always `[\"CUSTOMER\"]` for a registration.", requiredMode = RequiredMode.REQUIRED),
                schema = @Schema(allowableValues = {"CUSTOMER", "ADMIN"}, example = "CUSTOMER")) List<String> roles) {
}
