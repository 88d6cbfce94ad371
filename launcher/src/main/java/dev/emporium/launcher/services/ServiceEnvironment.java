package dev.emporium.launcher.services;

import dev.emporium.launcher.config.PlatformState;
import dev.emporium.launcher.config.Secrets;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a service is started with, on top of the launcher's own: its port, its database and login,
 * the infrastructure's addresses and every other service's URL. Spring Boot's relaxed binding maps each variable
 * onto the property of the same name (SPRING_DATASOURCE_URL to spring.datasource.url, and so on). A service gets
 * only the credentials it needs: the launcher's own (the servers' admin logins) are withheld from all (a
 * {@code null} value removes an inherited variable), the admin password and the key-encryption key go to
 * identity alone. Each service gets its own OAuth2 client id and secret for service tokens, and identity the
 * registry of all clients: each one's secret hash and scopes ({@link ServiceScopes}).
 */
public final class ServiceEnvironment {

    /** The service that signs the tokens; every service checks them against its JWKS. */
    static final String IDENTITY = "identity";

    /** The launcher's settings that carry its admin logins: no service needs them. */
    static final List<String> LAUNCHER_ONLY = List.of(
            "EMPORIUM_POSTGRES_URL", "EMPORIUM_POSTGRES_USER", "EMPORIUM_POSTGRES_PASSWORD", "EMPORIUM_REDIS_URL");

    private ServiceEnvironment() {
    }

    /** The gateway's port before the offset. */
    static final int GATEWAY_PORT = 8080;

    public static Map<String, String> of(ServiceDefinition service, ServiceCatalog catalog, PlatformState state,
                                         Path home, Secrets secrets) {
        return of(service, catalog, state, home, secrets, ServiceScopes.builtIn());
    }

    public static Map<String, String> of(ServiceDefinition service, ServiceCatalog catalog, PlatformState state,
                                         Path home, Secrets secrets, ServiceScopes scopes) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(state.port(service.port())));
        service.database().ifPresent(database -> {
            env.put("SPRING_DATASOURCE_URL", state.postgres().jdbcUrl(database));
            env.put("SPRING_DATASOURCE_USERNAME", database);
            env.put("SPRING_DATASOURCE_PASSWORD", secrets.databasePassword(database));
        });
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", state.kafka().bootstrapServers());
        env.put("SPRING_DATA_REDIS_HOST", state.redis().host());
        env.put("SPRING_DATA_REDIS_PORT", Integer.toString(state.redis().port()));
        state.redis().password().ifPresent(password -> env.put("SPRING_DATA_REDIS_PASSWORD", password));
        for (ServiceDefinition other : catalog.services()) {
            env.put(other.urlVariable(), url(state, other));
        }
        // where a browser reaches the platform (the gateway): the card provider's confirmation page and the way
        // back to the storefront are links in the customer's browser, so they move with the port offset
        env.put("EMPORIUM_PUBLIC_URL", "http://localhost:" + state.port(GATEWAY_PORT));
        catalog.find(IDENTITY).ifPresent(identity -> env.put(
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", url(state, identity) + "/.well-known/jwks.json"));
        boolean identity = service.name().equals(IDENTITY);
        env.put("EMPORIUM_ADMIN_PASSWORD", identity ? state.adminPassword() : null);
        env.put("EMPORIUM_IDENTITY_KEY_ENCRYPTION_KEY", identity ? secrets.keyEncryptionKey() : null);
        env.put("EMPORIUM_SERVICE_CLIENT_CLIENT_ID", service.name());
        env.put("EMPORIUM_SERVICE_CLIENT_CLIENT_SECRET", secrets.serviceClientSecret(service.name()));
        if (identity) {
            // JSON, not EMPORIUM_IDENTITY_CLIENTS_<NAME>_*: a variable name cannot carry a map key with a dash.
            env.put("SPRING_APPLICATION_JSON", ServiceClients.registryJson(catalog, secrets, scopes));
        }
        env.put("EMPORIUM_HOME", home.toString());
        env.put("SPRING_PROFILES_ACTIVE", state.springProfiles());
        LAUNCHER_ONLY.forEach(variable -> env.put(variable, null));
        return env;
    }

    public static String url(PlatformState state, ServiceDefinition service) {
        return "http://127.0.0.1:" + state.port(service.port());
    }
}
