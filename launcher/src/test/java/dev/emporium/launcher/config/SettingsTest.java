package dev.emporium.launcher.config;

import dev.emporium.launcher.LauncherException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    private static final Path LAUNCHER_DIR = Path.of("/repo/launcher/target");

    @Test
    void defaultsToEmbeddedInfrastructureUnderTheRepository() {
        Settings settings = Settings.fromEnvironment(Map.of(), LAUNCHER_DIR);

        assertThat(settings.repo()).isEqualTo(Path.of("/repo"));
        assertThat(settings.home()).isEqualTo(Path.of("/repo/.emporium"));
        assertThat(settings.portOffset()).isZero();
        assertThat(settings.port(Settings.POSTGRES_PORT)).isEqualTo(5433);
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(settings.externalPostgres()).isEmpty();
        assertThat(settings.externalKafka()).isEmpty();
        assertThat(settings.externalRedis()).isEmpty();
        assertThat(settings.adminPassword()).as("generated on the first up unless chosen").isEmpty();
        assertThat(settings.springProfiles()).isEqualTo("local");
        assertThat(settings.libDir()).isEqualTo(Path.of("/repo/launcher/target/lib"));
        assertThat(settings.launcherJar()).isEqualTo(Path.of("/repo/launcher/target/launcher-" + settings.version() + ".jar"));
        assertThat(settings.serviceJar("identity"))
                .isEqualTo(Path.of("/repo/services/identity/target/identity-" + settings.version() + "-exec.jar"));
        assertThat(settings.logFile("kafka")).isEqualTo(Path.of("/repo/.emporium/logs/kafka.log"));
    }

    @Test
    void theVersionComesFromTheBuild() {
        assertThat(Settings.fromEnvironment(Map.of(), LAUNCHER_DIR).version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void takesItsOverridesFromTheEnvironment() {
        Settings settings = Settings.fromEnvironment(Map.of(
                "EMPORIUM_REPO", "/elsewhere",
                "EMPORIUM_HOME", "/tmp/x",
                "EMPORIUM_PORT_OFFSET", "10000",
                "EMPORIUM_START_TIMEOUT", "60",
                "EMPORIUM_POSTGRES_URL", "jdbc:postgresql://db:5432/",
                "EMPORIUM_POSTGRES_USER", "admin",
                "EMPORIUM_POSTGRES_PASSWORD", "secret",
                "EMPORIUM_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092",
                "EMPORIUM_REDIS_URL", "redis://cache:6379",
                "SPRING_PROFILES_ACTIVE", "demo"), LAUNCHER_DIR);

        assertThat(settings.repo()).isEqualTo(Path.of("/elsewhere"));
        assertThat(settings.home()).isEqualTo(Path.of("/tmp/x"));
        assertThat(settings.port(Settings.KAFKA_PORT)).isEqualTo(19092);
        assertThat(settings.port(8080)).isEqualTo(18080);
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.externalPostgres()).hasValueSatisfying(postgres -> {
            assertThat(postgres.jdbcUrl("identity")).isEqualTo("jdbc:postgresql://db:5432/identity");
            assertThat(postgres.adminUser()).isEqualTo("admin");
            assertThat(postgres.adminPassword()).isEqualTo("secret");
            assertThat(postgres.embedded()).isFalse();
        });
        assertThat(settings.externalKafka()).hasValueSatisfying(kafka -> assertThat(kafka.bootstrapServers()).isEqualTo("k1:9092,k2:9092"));
        assertThat(settings.externalRedis()).hasValueSatisfying(redis -> assertThat(redis.host()).isEqualTo("cache"));
        assertThat(settings.springProfiles()).isEqualTo("demo");
    }

    @Test
    void anAdminPasswordChosenInTheEnvironmentIsUsed() {
        assertThat(Settings.fromEnvironment(Map.of("EMPORIUM_ADMIN_PASSWORD", "chosen-admin-password"), LAUNCHER_DIR).adminPassword())
                .contains("chosen-admin-password");
    }

    @Test
    void blankVariablesCountAsUnset() {
        Settings settings = Settings.fromEnvironment(Map.of("EMPORIUM_HOME", " ", "EMPORIUM_PORT_OFFSET", ""), LAUNCHER_DIR);

        assertThat(settings.home()).isEqualTo(Path.of("/repo/.emporium"));
        assertThat(settings.portOffset()).isZero();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("EMPORIUM_PORT_OFFSET", "ten"), LAUNCHER_DIR))
                .isInstanceOf(LauncherException.class).hasMessageContaining("EMPORIUM_PORT_OFFSET");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("EMPORIUM_PORT_OFFSET", "60000"), LAUNCHER_DIR))
                .isInstanceOf(LauncherException.class);
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("EMPORIUM_START_TIMEOUT", "0"), LAUNCHER_DIR))
                .isInstanceOf(LauncherException.class);
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("EMPORIUM_POSTGRES_URL", "postgres://db"), LAUNCHER_DIR))
                .isInstanceOf(LauncherException.class);
    }
}
