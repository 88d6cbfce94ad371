package dev.emporium.identity.user;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.identity.UserRegisteredV1;
import dev.emporium.identity.IdentityProperties;
import dev.emporium.identity.password.PasswordHashing;
import dev.emporium.platform.events.EventPublisher;
import dev.emporium.platform.security.Roles;
import dev.emporium.platform.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates accounts and announces them on {@code identity.users} through the outbox. The password is hashed before
 * the (short) transaction starts, so no connection waits on Argon2.
 */
@Service
public class UserRegistration {

    private final Users users;
    private final PasswordHashing passwords;
    private final EventPublisher events;
    private final TransactionTemplate transaction;
    private final String reservedEmail;
    private final Clock clock;

    UserRegistration(Users users, PasswordHashing passwords, EventPublisher events, TransactionTemplate transaction,
            IdentityProperties properties, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.transaction = transaction;
        this.reservedEmail = Users.normalize(properties.admin().email());
        this.clock = clock;
    }

    /**
     * A new customer. The configured admin email is taken as far as anyone registering can tell, whether or not
     * the admin exists yet: it belongs to the first admin only.
     */
    public User registerCustomer(String email, String password, String name) {
        if (Users.normalize(email).equals(reservedEmail)) {
            throw emailTaken();
        }
        return create(email, password, name, List.of(Roles.CUSTOMER)).orElseThrow(UserRegistration::emailTaken);
    }

    /** @return the new account, or empty if the email is taken (also when taken concurrently) */
    Optional<User> create(String email, String password, String name, List<String> roles) {
        String hash = passwords.encode(password);
        User user = new User(UUID.randomUUID(), email.strip(), name.strip(), hash, roles, Instant.now(clock));
        return transaction.execute(status -> {
            if (!users.insert(user)) {
                return Optional.empty();
            }
            events.publish(Topics.IDENTITY_USERS, user.id().toString(),
                    new UserRegisteredV1(user.id(), user.email(), user.name(), user.roles(), user.createdAt()));
            return Optional.of(user);
        });
    }

    private static ApiException emailTaken() {
        return new ApiException(HttpStatus.CONFLICT, "EMAIL_TAKEN", "An account with this email already exists");
    }
}
