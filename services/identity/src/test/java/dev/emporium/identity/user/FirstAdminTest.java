package dev.emporium.identity.user;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.identity.IdentityProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

class FirstAdminTest {

    @Test
    void refusesToStartInProductionWithoutAnAdminPassword() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        IdentityProperties noPassword = new Binder(new MapConfigurationPropertySource(
                Map.of("emporium.identity.admin.password", ""))).bindOrCreate("emporium.identity", IdentityProperties.class);

        FirstAdmin firstAdmin = new FirstAdmin(noPassword, null, null, production);

        assertThatThrownBy(() -> firstAdmin.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EMPORIUM_ADMIN_PASSWORD");
    }
}
