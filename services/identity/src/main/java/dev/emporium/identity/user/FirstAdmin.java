package dev.emporium.identity.user;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.platform.security.Roles;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the configured first admin when no account has its email. It never promotes an existing account (that
 * would hand ADMIN to whoever registered the email first) and refuses to start when the email belongs to a
 * non-admin. Replicas starting together on an empty database race on the insert; the losers find the winner's
 * admin and start normally. Without a configured password a production profile refuses to start; elsewhere no
 * admin is created and a warning says how to get one. The password is never logged.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final IdentityProperties properties;
    private final Users users;
    private final UserRegistration registration;
    private final Environment environment;

    FirstAdmin(IdentityProperties properties, Users users, UserRegistration registration, Environment environment) {
        this.properties = properties;
        this.users = users;
        this.registration = registration;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        IdentityProperties.Admin admin = properties.admin();
        if (admin.password() == null || admin.password().isBlank()) {
            if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
                throw new IllegalStateException("EMPORIUM_ADMIN_PASSWORD must be set in production");
            }
            log.warn("No first admin: set EMPORIUM_ADMIN_PASSWORD to create {}", admin.email());
            return;
        }
        if (admin.password().length() < RegistrationRules.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("EMPORIUM_ADMIN_PASSWORD must have at least "
                    + RegistrationRules.MIN_PASSWORD_LENGTH + " characters");
        }
        Optional<User> existing = users.findByEmail(admin.email());
        if (existing.isEmpty()) {
            Optional<User> created = registration.create(admin.email(), admin.password(), "Administrator",
                    List.of(Roles.CUSTOMER, Roles.ADMIN));
            if (created.isPresent()) {
                log.info("Created the first admin {}", admin.email());
                return;
            }
            existing = users.findByEmail(admin.email()); // another replica created it meanwhile
        }
        User account = existing.orElseThrow(() -> new IllegalStateException(
                "The first admin " + admin.email() + " could neither be created nor found"));
        if (!account.roles().contains(Roles.ADMIN)) {
            throw new IllegalStateException("The configured admin email " + admin.email() + " belongs to an account "
                    + "without the ADMIN role; identity never promotes an existing account. Remove that account or "
                    + "configure another emporium.identity.admin.email");
        }
    }
}
