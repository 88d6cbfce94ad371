package dev.emporium.contracts.identity;

import dev.emporium.contracts.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A new account exists. Topic {@code identity.users}, key = userId. */
@EventType(UserRegisteredV1.TYPE)
public record UserRegisteredV1(UUID userId, String email, String name, List<String> roles, Instant registeredAt) {
    public static final String TYPE = "emporium.identity.user-registered.v1";
}
