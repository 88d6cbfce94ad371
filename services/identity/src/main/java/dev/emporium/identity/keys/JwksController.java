package dev.emporium.identity.keys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys every service checks tokens against. */
@RestController
@Tag(name = "Signing keys", description = """
        The RSA keys that sign access tokens: the public JWKS every verifier uses, and for administrators the \
        key list and an immediate rotation.""")
class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/json")
    @Operation(operationId = "getJwks", summary = "Public keys of the access tokens (JWKS)", description = """
            The RFC 7517 JSON Web Key Set to verify access tokens with: pick the key whose `kid` is in the token's \
            header. It lists the key that signs now, a key about to sign (published 15 minutes ahead) and retired \
            keys whose tokens may not have expired yet. Cache it (`Cache-Control: max-age=300`), and fetch it again \
            when a token names an unknown `kid`.""")
    @ApiResponse(responseCode = "200", description = "The public signing keys.",
            headers = @Header(name = "Cache-Control", description = "`public, max-age=300`", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JwkSet.class)))
    ResponseEntity<Map<String, Object>> jwks() {
        keys.current();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys().toJSONObject(true));
    }

    /** Describes the JWKS response only: Nimbus writes it (the standard format), this names its fields for clients. */
    @Schema(name = "JwkSet", description = "A JSON Web Key Set (RFC 7517).")
    record JwkSet(@ArraySchema(arraySchema = @Schema(description = "The published keys, newest first.",
            requiredMode = RequiredMode.REQUIRED)) List<Jwk> keys) {
    }

    @Schema(name = "Jwk", description = "A public RSA signing key (RFC 7517, RFC 7518).")
    record Jwk(
            @Schema(description = "Key type.", allowableValues = "RSA", example = "RSA", requiredMode = RequiredMode.REQUIRED) String kty,
            @Schema(description = "Key id, as in the `kid` header of the tokens it signs.",
                    example = "6c2a4f18-93b7-4d0e-b5a1-0f7e2c9d4b66", requiredMode = RequiredMode.REQUIRED) String kid,
            @Schema(description = "Public key use.", allowableValues = "sig", example = "sig", requiredMode = RequiredMode.REQUIRED) String use,
            @Schema(description = "Signature algorithm.", allowableValues = "RS256", example = "RS256",
                    requiredMode = RequiredMode.REQUIRED) String alg,
            @Schema(description = "RSA modulus (2048 bits), base64url.", example = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
                    requiredMode = RequiredMode.REQUIRED) String n,
            @Schema(description = "RSA public exponent, base64url.", example = "AQAB", requiredMode = RequiredMode.REQUIRED) String e) {
    }
}
