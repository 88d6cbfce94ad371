package dev.emporium.identity.user;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.identity.IdentityProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

class FirstAdminTest {

    @Test
    void refusesToStartInProductionWithoutAnAdminPassword() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        IdentityProperties noPassword = new IdentityProperties(Duration.ofMinutes(15), Duration.ofDays(30),
                new IdentityProperties.SigningKey(Duration.ofDays(30)),
                new IdentityProperties.LoginThrottle(5, 30, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new IdentityProperties.Admin("admin@emporium.local", ""));

        FirstAdmin firstAdmin = new FirstAdmin(noPassword, null, null, production);

        assertThatThrownBy(() -> firstAdmin.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EMPORIUM_ADMIN_PASSWORD");
    }
}
