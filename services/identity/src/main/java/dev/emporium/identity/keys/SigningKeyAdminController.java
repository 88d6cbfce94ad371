package dev.emporium.identity.keys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lets an admin see the signing keys and rotate now (e.g. after a suspected leak); rotation also runs on schedule. */
@RestController
@RequestMapping("/api/v1/admin/signing-keys")
@Tag(name = "Signing keys")
class SigningKeyAdminController {

    private final SigningKeys keys;

    SigningKeyAdminController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(operationId = "listSigningKeys", summary = "List the signing keys",
            description = "Every stored signing key with its state and dates, newest first; never key material.")
    @ApiResponse(responseCode = "200", description = "The signing keys.")
    List<SigningKeys.KeyInfo> list() {
        return keys.list();
    }

    /** The next key: published now, signing from {@code activatesAt}; while one is pending, that one. */
    @PostMapping("/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "rotateSigningKey", summary = "Rotate the signing key now", description = """
            Starts a rotation at once (e.g. after a suspected leak; rotation also happens every 30 days on its own): \
            a new key is published in the JWKS now and signs from `activatesAt` (15 minutes later, once every \
            verifier has it); the current key then retires and stays published until its last token has expired. \
            While a rotation is pending, no new key is made: the pending one is returned. Sessions are not ended.""")
    @ApiResponse(responseCode = "201", description = "The key that signs from `activatesAt` (new, or the one already pending).")
    SigningKeys.Rotation rotate() {
        return keys.rotate();
    }
}
