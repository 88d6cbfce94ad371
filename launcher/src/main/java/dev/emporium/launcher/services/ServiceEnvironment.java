package dev.emporium.launcher.services;

import dev.emporium.launcher.config.PlatformState;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The environment a service is started with, on top of the launcher's own: its port, its database and login,
 * the infrastructure's addresses and every other service's URL. Spring Boot's relaxed binding maps each variable
 * onto the property of the same name (SPRING_DATASOURCE_URL to spring.datasource.url, and so on).
 */
public final class ServiceEnvironment {

    /** The service that signs the tokens; every service checks them against its JWKS. */
    static final String IDENTITY = "identity";

    private ServiceEnvironment() {
    }

    /**
     * @param databasePassword the password of a database login, by login name
     */
    public static Map<String, String> of(ServiceDefinition service, ServiceCatalog catalog, PlatformState state,
                                         Path home, Function<String, String> databasePassword) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(state.port(service.port())));
        service.database().ifPresent(database -> {
            env.put("SPRING_DATASOURCE_URL", state.postgres().jdbcUrl(database));
            env.put("SPRING_DATASOURCE_USERNAME", database);
            env.put("SPRING_DATASOURCE_PASSWORD", databasePassword.apply(database));
        });
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", state.kafka().bootstrapServers());
        env.put("SPRING_DATA_REDIS_HOST", state.redis().host());
        env.put("SPRING_DATA_REDIS_PORT", Integer.toString(state.redis().port()));
        state.redis().password().ifPresent(password -> env.put("SPRING_DATA_REDIS_PASSWORD", password));
        for (ServiceDefinition other : catalog.services()) {
            env.put(other.urlVariable(), url(state, other));
        }
        catalog.find(IDENTITY).ifPresent(identity -> env.put(
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", url(state, identity) + "/.well-known/jwks.json"));
        env.put("EMPORIUM_ADMIN_PASSWORD", state.adminPassword());
        env.put("EMPORIUM_HOME", home.toString());
        env.put("SPRING_PROFILES_ACTIVE", state.springProfiles());
        return env;
    }

    public static String url(PlatformState state, ServiceDefinition service) {
        return "http://127.0.0.1:" + state.port(service.port());
    }
}
