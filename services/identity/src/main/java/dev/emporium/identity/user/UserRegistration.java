package dev.emporium.identity.user;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.identity.UserRegisteredV1;
import dev.emporium.platform.events.EventPublisher;
import dev.emporium.platform.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and announces them on {@code identity.users} through the outbox. */
@Service
public class UserRegistration {

    private final Users users;
    private final PasswordEncoder passwords;
    private final EventPublisher events;
    private final Clock clock;

    UserRegistration(Users users, PasswordEncoder passwords, EventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public User register(String email, String password, String name, List<String> roles) {
        User user = new User(UUID.randomUUID(), email.strip(), name.strip(), passwords.encode(password), roles,
                Instant.now(clock));
        if (!users.insert(user)) {
            throw new ApiException(HttpStatus.CONFLICT, "EMAIL_TAKEN", "An account with this email already exists");
        }
        events.publish(Topics.IDENTITY_USERS, user.id().toString(),
                new UserRegisteredV1(user.id(), user.email(), user.name(), user.roles(), user.createdAt()));
        return user;
    }
}
