package dev.emporium.launcher.config;

import dev.emporium.launcher.LauncherException;
import dev.emporium.launcher.infra.kafka.KafkaEndpoint;
import dev.emporium.launcher.infra.postgres.PostgresEndpoint;
import dev.emporium.launcher.infra.redis.RedisEndpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything the launcher takes from its environment, resolved once.
 *
 * @param repo             the repository root (services' jars are found under it; services run in it)
 * @param launcherDir      launcher/target: the launcher jar and lib/, the classpath of the Kafka broker too
 * @param home             EMPORIUM_HOME: data, logs, pid files and secrets (its secrets/ directory)
 * @param version          the project version, part of every jar name
 * @param portOffset       added to every service port and every embedded infrastructure port
 * @param startTimeout     how long {@code up} waits for each stage to become ready
 * @param externalPostgres set when PostgreSQL is someone else's (then nothing is embedded for it); same for Kafka, Redis
 * @param adminPassword    the first admin's password if EMPORIUM_ADMIN_PASSWORD chooses one (else one is generated)
 * @param springProfiles   SPRING_PROFILES_ACTIVE for the services
 * @param servicesFile     replaces the built-in service list (tests start throwaway services this way)
 */
public record Settings(
        Path repo,
        Path launcherDir,
        Path home,
        String version,
        int portOffset,
        Duration startTimeout,
        Optional<PostgresEndpoint> externalPostgres,
        Optional<KafkaEndpoint> externalKafka,
        Optional<RedisEndpoint> externalRedis,
        Optional<String> adminPassword,
        String springProfiles,
        Optional<Path> servicesFile) {

    public static final int POSTGRES_PORT = 5433;
    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;
    public static final int REDIS_PORT = 6380;
    // ten services starting cold at once on two cores take 150–180 s; a busy machine more
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(300);

    public static Settings fromEnvironment(Map<String, String> env, Path launcherDir) {
        Path repo = value(env, "EMPORIUM_REPO").map(Path::of).orElse(launcherDir.getParent().getParent())
                .toAbsolutePath().normalize();
        Path home = value(env, "EMPORIUM_HOME").map(Path::of).orElse(repo.resolve(".emporium")).toAbsolutePath().normalize();
        int portOffset = integer(env, "EMPORIUM_PORT_OFFSET", 0);
        if (portOffset < 0 || portOffset > 50_000) {
            throw new LauncherException("EMPORIUM_PORT_OFFSET must be between 0 and 50000, not " + portOffset);
        }
        int timeoutSeconds = integer(env, "EMPORIUM_START_TIMEOUT", (int) DEFAULT_START_TIMEOUT.toSeconds());
        if (timeoutSeconds <= 0) {
            throw new LauncherException("EMPORIUM_START_TIMEOUT must be a positive number of seconds, not " + timeoutSeconds);
        }
        Optional<PostgresEndpoint> postgres = value(env, "EMPORIUM_POSTGRES_URL").map(url -> PostgresEndpoint.external(url,
                value(env, "EMPORIUM_POSTGRES_USER").orElse("postgres"), env.getOrDefault("EMPORIUM_POSTGRES_PASSWORD", "")));
        return new Settings(repo, launcherDir.toAbsolutePath().normalize(), home, readVersion(), portOffset,
                Duration.ofSeconds(timeoutSeconds),
                postgres,
                value(env, "EMPORIUM_KAFKA_BOOTSTRAP_SERVERS").map(servers -> new KafkaEndpoint(servers, false)),
                value(env, "EMPORIUM_REDIS_URL").map(RedisEndpoint::parse),
                value(env, "EMPORIUM_ADMIN_PASSWORD"),
                value(env, "SPRING_PROFILES_ACTIVE").orElse("local"),
                value(env, "EMPORIUM_SERVICES_FILE").map(Path::of));
    }

    /** A default port moved by the offset, so a second platform (tests) can run beside the first. */
    public int port(int defaultPort) {
        return defaultPort + portOffset;
    }

    public Path logsDir() {
        return home.resolve("logs");
    }

    public Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    public Path runDir() {
        return home.resolve("run");
    }

    /** Next to the launcher jar; the repository's when the jar was taken from elsewhere (e.g. ~/.m2). */
    public Path libDir() {
        Path besideJar = launcherDir.resolve("lib");
        return Files.isDirectory(besideJar) ? besideJar : repo.resolve("launcher").resolve("target").resolve("lib");
    }

    /** Fails clearly when the repository (derived from the jar's location unless EMPORIUM_REPO is set) is not one. */
    public void requireRepository() {
        if (!Files.isRegularFile(repo.resolve("pom.xml")) || !Files.isDirectory(repo.resolve("services"))) {
            throw new LauncherException("No Emporium repository at " + repo + ": set EMPORIUM_REPO to the repository root.");
        }
    }

    public Path launcherJar() {
        return launcherDir.resolve("launcher-" + version + ".jar");
    }

    public Path serviceJar(String service) {
        return repo.resolve("services").resolve(service).resolve("target").resolve(service + "-" + version + "-exec.jar");
    }

    /** The JDK the launcher runs on (./platform picks a JDK 25) runs Kafka and the services too. */
    public Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int integer(Map<String, String> env, String name, int defaultValue) {
        String raw = value(env, name).orElse(null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be a whole number, not '" + raw + "'", e);
        }
    }

    private static String readVersion() {
        try (InputStream in = Settings.class.getResourceAsStream("/dev/emporium/launcher/launcher.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
