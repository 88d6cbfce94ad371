package dev.emporium.launcher.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @TempDir
    Path home;

    @Test
    void keepsTheSecretsInADirectoryAndFileOnlyTheirOwnerCanRead() throws Exception {
        Secrets secrets = Secrets.in(home);

        secrets.databasePassword("identity");
        Path redisConfig = secrets.writePrivateFile("redis.conf", "requirepass x\n");

        assertThat(secrets.dir()).isEqualTo(home.resolve("secrets"));
        assertThat(Files.getPosixFilePermissions(secrets.dir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(secrets.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(redisConfig)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void makesALooserSecretsDirectoryPrivateAgain() throws Exception {
        Files.createDirectories(home.resolve("secrets"));
        Files.setPosixFilePermissions(home.resolve("secrets"), PosixFilePermissions.fromString("rwxr-xr-x"));

        Secrets.in(home).redisPassword();

        assertThat(Files.getPosixFilePermissions(home.resolve("secrets"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void generatesEachSecretOnceAndReusesItOnLaterRuns() {
        Secrets first = Secrets.in(home);
        List<String> generated = List.of(first.databasePassword("identity"), first.databasePassword("catalog"),
                first.postgresSuperuserPassword(), first.redisPassword(), first.adminPassword(), first.keyEncryptionKey());

        Secrets later = Secrets.in(home);
        List<String> again = List.of(later.databasePassword("identity"), later.databasePassword("catalog"),
                later.postgresSuperuserPassword(), later.redisPassword(), later.adminPassword(), later.keyEncryptionKey());

        assertThat(again).isEqualTo(generated);
        assertThat(generated).doesNotHaveDuplicates();
    }

    @Test
    void passwordsAreLongAndRandomAndTheKeyEncryptionKeyIs32Bytes() {
        Secrets secrets = Secrets.in(home);

        assertThat(secrets.postgresSuperuserPassword()).hasSize(24).matches("[A-Za-z0-9]+");
        assertThat(Base64.getDecoder().decode(secrets.keyEncryptionKey())).hasSize(32);
        assertThat(Secrets.in(home.resolve("other")).keyEncryptionKey()).isNotEqualTo(secrets.keyEncryptionKey());
    }

    @Test
    void takesOverTheDatabasePasswordsOfAnEarlierVersionsSecretsFile() throws Exception {
        Properties older = new Properties();
        older.setProperty("postgres.identity.password", "from-before");
        PrivateProperties.write(home.resolve("secrets.properties"), older, "older launcher");

        Secrets secrets = Secrets.in(home);

        assertThat(secrets.databasePassword("identity")).isEqualTo("from-before");
        assertThat(home.resolve("secrets.properties")).doesNotExist();
    }

    @Test
    void givesEachServiceItsOwn256BitClientSecretAndKeepsIt() {
        Secrets secrets = Secrets.in(home);
        String checkout = secrets.serviceClientSecret("checkout");

        assertThat(java.util.Base64.getUrlDecoder().decode(checkout)).hasSize(32);
        assertThat(secrets.serviceClientSecret("inventory")).isNotEqualTo(checkout);
        assertThat(Secrets.in(home).serviceClientSecret("checkout")).isEqualTo(checkout);
    }

    @Test
    void remembersThatTheGeneratedAdminPasswordWasShown() {
        Secrets secrets = Secrets.in(home);
        assertThat(secrets.adminPasswordShown()).isFalse();

        secrets.markAdminPasswordShown();

        assertThat(Secrets.in(home).adminPasswordShown()).isTrue();
    }
}
