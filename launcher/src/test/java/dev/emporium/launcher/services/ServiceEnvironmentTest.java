package dev.emporium.launcher.services;

import dev.emporium.launcher.config.PlatformState;
import dev.emporium.launcher.config.Secrets;
import dev.emporium.launcher.infra.kafka.KafkaEndpoint;
import dev.emporium.launcher.infra.postgres.PostgresEndpoint;
import dev.emporium.launcher.infra.redis.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ServiceEnvironmentTest {

    private static final ServiceDefinition IDENTITY = new ServiceDefinition("identity", 8081, "256m", Optional.of("identity"));
    private static final ServiceDefinition GATEWAY = new ServiceDefinition("gateway", 8080, "256m", Optional.empty());
    private static final ServiceCatalog CATALOG = new ServiceCatalog(List.of(IDENTITY, GATEWAY));
    private static final Path HOME = Path.of("/tmp/x");

    @TempDir
    Path secretsHome;

    @Test
    void aServiceWithADatabaseGetsItsOwnDatabaseAndLogin() {
        Secrets secrets = secrets();
        Map<String, String> env = ServiceEnvironment.of(IDENTITY, CATALOG, state(0), HOME, secrets);

        assertThat(env).containsExactly(
                entry("SERVER_PORT", "8081"),
                entry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5433/identity"),
                entry("SPRING_DATASOURCE_USERNAME", "identity"),
                entry("SPRING_DATASOURCE_PASSWORD", secrets.databasePassword("identity")),
                entry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                entry("SPRING_DATA_REDIS_HOST", "127.0.0.1"),
                entry("SPRING_DATA_REDIS_PORT", "6380"),
                entry("SPRING_DATA_REDIS_PASSWORD", "redis-pw"),
                entry("EMPORIUM_SERVICES_IDENTITY_URL", "http://127.0.0.1:8081"),
                entry("EMPORIUM_SERVICES_GATEWAY_URL", "http://127.0.0.1:8080"),
                entry("EMPORIUM_PUBLIC_URL", "http://localhost:8080"),
                entry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://127.0.0.1:8081/.well-known/jwks.json"),
                entry("EMPORIUM_ADMIN_PASSWORD", "generated-admin-pw"),
                entry("EMPORIUM_IDENTITY_KEY_ENCRYPTION_KEY", secrets.keyEncryptionKey()),
                entry("EMPORIUM_SERVICE_CLIENT_CLIENT_ID", "identity"),
                entry("EMPORIUM_SERVICE_CLIENT_CLIENT_SECRET", secrets.serviceClientSecret("identity")),
                entry("SPRING_APPLICATION_JSON", ServiceClients.registryJson(CATALOG, secrets, ServiceScopes.builtIn())),
                entry("EMPORIUM_HOME", "/tmp/x"),
                entry("SPRING_PROFILES_ACTIVE", "local"),
                entry("EMPORIUM_POSTGRES_URL", null),
                entry("EMPORIUM_POSTGRES_USER", null),
                entry("EMPORIUM_POSTGRES_PASSWORD", null),
                entry("EMPORIUM_REDIS_URL", null));
    }

    @Test
    void aServiceWithoutADatabaseGetsNoDatasource() {
        Map<String, String> env = ServiceEnvironment.of(GATEWAY, CATALOG, state(0), HOME, secrets());

        assertThat(env).doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(env).containsEntry("SERVER_PORT", "8080").containsKey("EMPORIUM_SERVICES_IDENTITY_URL");
    }

    @Test
    void onlyIdentityGetsTheAdminPasswordAndTheKeyEncryptionKey() {
        Map<String, String> env = ServiceEnvironment.of(GATEWAY, CATALOG, state(0), HOME, secrets());

        // null: removed from what the service would inherit from the launcher's environment
        assertThat(env).containsEntry("EMPORIUM_ADMIN_PASSWORD", null).containsEntry("EMPORIUM_IDENTITY_KEY_ENCRYPTION_KEY", null);
    }

    @Test
    void noServiceInheritsTheLaunchersAdminLoginsOfTheServers() {
        Map<String, String> env = ServiceEnvironment.of(IDENTITY, CATALOG, state(0), HOME, secrets());

        assertThat(env).containsEntry("EMPORIUM_POSTGRES_PASSWORD", null).containsEntry("EMPORIUM_POSTGRES_USER", null)
                .containsEntry("EMPORIUM_POSTGRES_URL", null).containsEntry("EMPORIUM_REDIS_URL", null);
    }

    @Test
    void thePortOffsetMovesEveryServiceTheJwksUrlAndThePublicUrl() {
        Map<String, String> env = ServiceEnvironment.of(GATEWAY, CATALOG, state(10000), HOME, secrets());

        assertThat(env)
                .containsEntry("SERVER_PORT", "18080")
                .containsEntry("EMPORIUM_SERVICES_IDENTITY_URL", "http://127.0.0.1:18081")
                .containsEntry("EMPORIUM_SERVICES_GATEWAY_URL", "http://127.0.0.1:18080")
                .containsEntry("EMPORIUM_PUBLIC_URL", "http://localhost:18080")
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://127.0.0.1:18081/.well-known/jwks.json");
    }

    @Test
    void externalInfrastructureIsPassedOnAsGiven() {
        PlatformState state = new PlatformState(0,
                PostgresEndpoint.external("jdbc:postgresql://db:5432/postgres?sslmode=require", "admin", "x"),
                new KafkaEndpoint("k1:9092,k2:9092", false),
                RedisEndpoint.parse("redis://:secret@cache:6379"),
                "admin-pw", "demo");

        Map<String, String> env = ServiceEnvironment.of(IDENTITY, CATALOG, state, HOME, secrets());

        assertThat(env)
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/identity?sslmode=require")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092")
                .containsEntry("SPRING_DATA_REDIS_HOST", "cache")
                .containsEntry("SPRING_DATA_REDIS_PASSWORD", "secret")
                .containsEntry("EMPORIUM_ADMIN_PASSWORD", "admin-pw")
                .containsEntry("SPRING_PROFILES_ACTIVE", "demo");
    }

    @Test
    void withoutIdentityThereIsNoJwksUrl() {
        ServiceCatalog gatewayOnly = new ServiceCatalog(List.of(GATEWAY));

        assertThat(ServiceEnvironment.of(GATEWAY, gatewayOnly, state(0), HOME, secrets()))
                .doesNotContainKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI");
    }

    @Test
    void everyServiceGetsItsOwnClientSecret() {
        Secrets secrets = secrets();
        Map<String, String> gateway = ServiceEnvironment.of(GATEWAY, CATALOG, state(0), HOME, secrets);
        Map<String, String> identity = ServiceEnvironment.of(IDENTITY, CATALOG, state(0), HOME, secrets);

        assertThat(gateway).containsEntry("EMPORIUM_SERVICE_CLIENT_CLIENT_ID", "gateway");
        assertThat(gateway.get("EMPORIUM_SERVICE_CLIENT_CLIENT_SECRET")).hasSize(43)
                .isNotEqualTo(identity.get("EMPORIUM_SERVICE_CLIENT_CLIENT_SECRET"));
    }

    @Test
    void identityGetsEveryClientsSecretHashAndScopesButNoSecret() {
        Secrets secrets = secrets();
        ServiceDefinition checkout = new ServiceDefinition("checkout", 8086, "256m", Optional.of("checkout"));
        ServiceCatalog catalog = new ServiceCatalog(List.of(IDENTITY, checkout));
        ServiceScopes scopes = ServiceScopes.parse("checkout inventory:reserve payment:authorize", "test");

        String registry = ServiceEnvironment.of(IDENTITY, catalog, state(0), HOME, secrets, scopes).get("SPRING_APPLICATION_JSON");

        assertThat(registry).isEqualTo("{\"emporium\":{\"identity\":{\"clients\":{"
                + "\"identity\":{\"secret-sha256\":\"" + ServiceClients.sha256(secrets.serviceClientSecret("identity")) + "\",\"scopes\":[]},"
                + "\"checkout\":{\"secret-sha256\":\"" + ServiceClients.sha256(secrets.serviceClientSecret("checkout"))
                + "\",\"scopes\":[\"inventory:reserve\",\"payment:authorize\"]}}}}}");
        assertThat(registry).doesNotContain(secrets.serviceClientSecret("checkout"));
    }

    @Test
    void noServiceButIdentityGetsTheClientRegistry() {
        assertThat(ServiceEnvironment.of(GATEWAY, CATALOG, state(0), HOME, secrets())).doesNotContainKey("SPRING_APPLICATION_JSON");
    }

    private Secrets secrets() {
        return Secrets.in(secretsHome);
    }

    private static PlatformState state(int offset) {
        return new PlatformState(offset,
                PostgresEndpoint.embedded(5433 + offset, "superuser-pw"),
                KafkaEndpoint.embedded(9092 + offset),
                RedisEndpoint.embedded(6380 + offset, "redis-pw"),
                "generated-admin-pw", "local");
    }
}
