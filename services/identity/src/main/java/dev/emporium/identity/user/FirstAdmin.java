package dev.emporium.identity.user;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.platform.security.Roles;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure the configured first admin exists. Without a configured password a production profile refuses to
 * start; elsewhere no admin is created and a warning says how to get one.
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
        users.findByEmail(admin.email()).ifPresentOrElse(
                existing -> users.grantRole(existing.id(), Roles.ADMIN),
                () -> {
                    registration.register(admin.email(), admin.password(), "Administrator", List.of(Roles.CUSTOMER, Roles.ADMIN));
                    log.info("Created the first admin {}", admin.email());
                });
    }
}
