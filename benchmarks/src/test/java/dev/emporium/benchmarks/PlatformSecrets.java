package dev.emporium.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The launcher's generated credentials of the platform under load ({@code -Dsecrets}, else
 * {@code $EMPORIUM_HOME/secrets/credentials.properties}, else the repository's {@code .emporium/secrets/...}).
 */
final class PlatformSecrets {

    private PlatformSecrets() {
    }

    static String get(String name) {
        Path file = file();
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            credentials.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (set -Dsecrets=<EMPORIUM_HOME>/secrets/credentials.properties)", e);
        }
        String value = credentials.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(file + " has no " + name);
        }
        return value;
    }

    static Path file() {
        String explicit = System.getProperty("secrets");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String home = System.getenv("EMPORIUM_HOME");
        if (home != null) {
            return Path.of(home, "secrets", "credentials.properties");
        }
        Path relative = Path.of(".emporium", "secrets", "credentials.properties");
        return Files.exists(relative) ? relative : Path.of("..").resolve(relative);
    }
}
