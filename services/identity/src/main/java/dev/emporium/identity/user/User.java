package dev.emporium.identity.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account. The password hash never leaves this service. */
public record User(UUID id, String email, String name, String passwordHash, List<String> roles, Instant createdAt) {

    public UserView view() {
        return new UserView(id, email, name, roles, createdAt);
    }

    /** What the API shows of a user. */
    public record UserView(UUID id, String email, String name, List<String> roles, Instant createdAt) {
    }
}
