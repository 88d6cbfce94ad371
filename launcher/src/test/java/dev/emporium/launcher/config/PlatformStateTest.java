package dev.emporium.launcher.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformStateTest {

    @TempDir
    Path home;

    @Test
    void embeddedInfrastructureMovesWithThePortOffset() {
        PlatformState state = PlatformState.resolve(settings(Map.of("EMPORIUM_PORT_OFFSET", "10000")), secrets());

        assertThat(state.postgres().serverUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:15433/");
        assertThat(state.postgres().embedded()).isTrue();
        assertThat(state.kafka().bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(state.redis().url()).isEqualTo("redis://127.0.0.1:16380");
        assertThat(state.port(8081)).isEqualTo(18081);
    }

    @Test
    void embeddedInfrastructureAndTheAdminUseTheGeneratedPasswords() {
        Secrets secrets = secrets();

        PlatformState state = PlatformState.resolve(settings(Map.of()), secrets);

        assertThat(state.postgres().adminUser()).isEqualTo("postgres");
        assertThat(state.postgres().adminPassword()).isEqualTo(secrets.postgresSuperuserPassword()).isNotBlank();
        assertThat(state.redis().password()).contains(secrets.redisPassword());
        assertThat(state.adminPassword()).isEqualTo(secrets.adminPassword());
    }

    @Test
    void aChosenAdminPasswordIsUsedAndNoneIsGenerated() {
        Secrets secrets = secrets();

        PlatformState state = PlatformState.resolve(settings(Map.of("EMPORIUM_ADMIN_PASSWORD", "chosen-by-me")), secrets);

        assertThat(state.adminPassword()).isEqualTo("chosen-by-me");
        assertThat(PrivateProperties.read(secrets.file()).orElseThrow().getProperty("admin.password")).isNull();
    }

    @Test
    void externalServersAreNotMovedAndKeepTheirOwnCredentials() {
        PlatformState state = PlatformState.resolve(settings(Map.of("EMPORIUM_PORT_OFFSET", "10000",
                "EMPORIUM_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/", "EMPORIUM_POSTGRES_PASSWORD", "theirs",
                "EMPORIUM_REDIS_URL", "redis://127.0.0.1:6379")), secrets());

        assertThat(state.postgres().serverUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/");
        assertThat(state.postgres().adminPassword()).isEqualTo("theirs");
        assertThat(state.redis().port()).isEqualTo(6379);
        assertThat(state.redis().password()).isEmpty();
        assertThat(state.kafka().embedded()).isTrue();
    }

    @Test
    void isRecordedPrivatelyAndReadBackUnchanged() throws Exception {
        Settings settings = settings(Map.of("EMPORIUM_REDIS_URL", "redis://:pw@cache:6390", "EMPORIUM_ADMIN_PASSWORD", "s3cret"));
        PlatformState state = PlatformState.resolve(settings, secrets());

        state.save(settings);

        assertThat(PlatformState.load(settings)).contains(state);
        assertThat(Files.getPosixFilePermissions(PlatformState.file(settings)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private Secrets secrets() {
        return Secrets.in(home);
    }

    private Settings settings(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("EMPORIUM_HOME", home.toString());
        return Settings.fromEnvironment(all, Path.of("/repo/launcher/target"));
    }
}
