package dev.emporium.identity.keys;

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
class SigningKeyAdminController {

    private final SigningKeys keys;

    SigningKeyAdminController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    List<SigningKeys.KeyInfo> list() {
        return keys.list();
    }

    /** The next key: published now, signing from {@code activatesAt}; while one is pending, that one. */
    @PostMapping("/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    SigningKeys.Rotation rotate() {
        return keys.rotate();
    }
}
