package dev.emporium.web.account;

import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The customer's own account at identity ({@code /api/v1/users/me}): read it, change the name (all identity allows). */
@Component
class ProfileClient {

    private final Upstream identity;

    ProfileClient(Upstream identityApi) {
        this.identity = identityApi;
    }

    Answer me(String accessToken) {
        return identity.get("/api/v1/users/me").bearer(accessToken).send();
    }

    Answer rename(String accessToken, String name) {
        return identity.patch("/api/v1/users/me").bearer(accessToken).json(Map.of("name", name)).send();
    }

    record Profile(UUID id, String email, String name, @Nullable Instant createdAt) {
    }
}
