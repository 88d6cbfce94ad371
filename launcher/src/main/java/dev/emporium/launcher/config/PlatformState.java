package dev.emporium.launcher.config;

import dev.emporium.launcher.infra.kafka.KafkaEndpoint;
import dev.emporium.launcher.infra.postgres.PostgresEndpoint;
import dev.emporium.launcher.infra.redis.RedisEndpoint;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the running platform was started with. {@code up} records it (EMPORIUM_HOME/run/platform.properties,
 * mode 600) so that {@code restart} gives a service exactly the same environment and {@code status} probes the
 * same addresses, whatever the shell they are typed in has set.
 */
public record PlatformState(
        int portOffset,
        PostgresEndpoint postgres,
        KafkaEndpoint kafka,
        RedisEndpoint redis,
        String adminPassword,
        String springProfiles) {

    /** Embedded infrastructure (with the generated passwords) unless an external one is configured. */
    public static PlatformState resolve(Settings settings, Secrets secrets) {
        return new PlatformState(
                settings.portOffset(),
                settings.externalPostgres().orElseGet(() -> PostgresEndpoint.embedded(settings.port(Settings.POSTGRES_PORT),
                        secrets.postgresSuperuserPassword())),
                settings.externalKafka().orElseGet(() -> KafkaEndpoint.embedded(settings.port(Settings.KAFKA_PORT))),
                settings.externalRedis().orElseGet(() -> RedisEndpoint.embedded(settings.port(Settings.REDIS_PORT),
                        secrets.redisPassword())),
                settings.adminPassword().orElseGet(secrets::adminPassword),
                settings.springProfiles());
    }

    public static Path file(Settings settings) {
        return settings.runDir().resolve("platform.properties");
    }

    /** The recorded state if the platform was started, else what {@code up} would use now. */
    public static PlatformState recordedOrResolved(Settings settings, Secrets secrets) {
        return load(settings).orElseGet(() -> resolve(settings, secrets));
    }

    public static Optional<PlatformState> load(Settings settings) {
        return PrivateProperties.read(file(settings)).map(p -> new PlatformState(
                Integer.parseInt(p.getProperty("port.offset")),
                new PostgresEndpoint(p.getProperty("postgres.url"), p.getProperty("postgres.admin.user"),
                        p.getProperty("postgres.admin.password"), Boolean.parseBoolean(p.getProperty("postgres.embedded"))),
                new KafkaEndpoint(p.getProperty("kafka.bootstrap.servers"), Boolean.parseBoolean(p.getProperty("kafka.embedded"))),
                new RedisEndpoint(p.getProperty("redis.host"), Integer.parseInt(p.getProperty("redis.port")),
                        Optional.ofNullable(p.getProperty("redis.password")), Boolean.parseBoolean(p.getProperty("redis.embedded"))),
                p.getProperty("admin.password"),
                p.getProperty("spring.profiles.active")));
    }

    public void save(Settings settings) {
        Properties p = new Properties();
        p.setProperty("port.offset", Integer.toString(portOffset));
        p.setProperty("postgres.url", postgres.serverUrl());
        p.setProperty("postgres.admin.user", postgres.adminUser());
        p.setProperty("postgres.admin.password", postgres.adminPassword());
        p.setProperty("postgres.embedded", Boolean.toString(postgres.embedded()));
        p.setProperty("kafka.bootstrap.servers", kafka.bootstrapServers());
        p.setProperty("kafka.embedded", Boolean.toString(kafka.embedded()));
        p.setProperty("redis.host", redis.host());
        p.setProperty("redis.port", Integer.toString(redis.port()));
        redis.password().ifPresent(password -> p.setProperty("redis.password", password));
        p.setProperty("redis.embedded", Boolean.toString(redis.embedded()));
        p.setProperty("admin.password", adminPassword);
        p.setProperty("spring.profiles.active", springProfiles);
        PrivateProperties.write(file(settings), p, "The running platform's settings, recorded by ./platform up. Keep private.");
    }

    public int port(int defaultPort) {
        return defaultPort + portOffset;
    }
}
