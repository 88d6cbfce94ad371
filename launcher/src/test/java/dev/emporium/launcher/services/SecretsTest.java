package dev.emporium.launcher.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @TempDir
    Path home;

    @Test
    void aPasswordIsGeneratedOnceAndKeptPrivately() throws Exception {
        Path file = home.resolve("secrets.properties");

        String first = new Secrets(file).databasePassword("identity");
        String again = new Secrets(file).databasePassword("identity");
        String other = new Secrets(file).databasePassword("catalog");

        assertThat(first).hasSize(24).matches("[A-Za-z0-9]+").isEqualTo(again).isNotEqualTo(other);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
