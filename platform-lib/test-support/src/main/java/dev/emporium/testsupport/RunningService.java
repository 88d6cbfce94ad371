package dev.emporium.testsupport;

import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Another service, real and whole, started inside the JVM of a service's tests (checkout's run cart, inventory,
 * payment and order beside them; the storefront's every service it calls): its own Spring context from its own
 * application class and {@code application.yml}, a fresh database of its own, the embedded Kafka, the test Redis
 * under a key prefix of its own and the test JWKS ({@link EmporiumTestInfrastructure}), on a random port. It calls
 * other services with tokens from {@link TestTokenEndpoint} ({@link Builder#serviceClient}), as in production it
 * would with identity's. The properties given here win over all of those and over its {@code application.yml} (a
 * service that must accept identity's real tokens is pointed at identity's JWKS instead of the test one).
 */
public final class RunningService {

    private final String name;
    private final ConfigurableApplicationContext context;
    private final String url;

    private RunningService(String name, Class<?> application, Map<String, String> properties) {
        this.name = name;
        Map<String, Object> overrides = new LinkedHashMap<>(properties);
        overrides.put("server.port", "0");
        context = new SpringApplicationBuilder(application)
                // added after the test infrastructure's, and first: the overrides win over its properties too
                .initializers(new EmporiumTestInfrastructure(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("runningServiceOverrides", overrides)))
                // arguments, read before any initializer runs: its own application.yml (the test module's own, first
                // on the class path, has the same name and would be read instead), and no banner
                .run("--spring.config.location=" + configuration(application), "--spring.main.banner-mode=off");
        url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        await().atMost(Duration.ofSeconds(90)).until(() -> new TestHttp(url).get("/actuator/health/readiness").status() == 200);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    }

    /** A service to start: its name (= its {@code spring.application.name} and its client id) and application class. */
    public static Builder of(String name, Class<?> application) {
        return new Builder(name, application);
    }

    public String name() {
        return name;
    }

    /** Its base address, {@code http://127.0.0.1:<port>}. */
    public String url() {
        return url;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** One of its beans, e.g. payment's {@code CardProviderFaults}, or its {@code JdbcClient} to read what its API does not show. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public TestHttp http() {
        return new TestHttp(url);
    }

    /** A call with a bearer token; {@code body} null for none. */
    public TestHttp.Response call(String method, String path, String body, String token) {
        return http().send(method, path, body, "Authorization", "Bearer " + token);
    }

    private static String configuration(Class<?> application) {
        URL classes = application.getProtectionDomain().getCodeSource().getLocation();
        String location = classes.toString();
        return location.endsWith(".jar") ? "jar:" + location + "!/application.yml" : location + "application.yml";
    }

    public static final class Builder {

        private final String name;
        private final Class<?> application;
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder(String name, Class<?> application) {
            this.name = name;
            this.application = application;
        }

        /** Its client at the test token endpoint: client id = its name, and the scopes it asks for. */
        public Builder serviceClient(String scopes) {
            properties.put("emporium.service-client.client-id", name);
            properties.put("emporium.service-client.client-secret", "test-secret");
            properties.put("emporium.service-client.token-uri", TestTokenEndpoint.get().uri().toString());
            properties.put("emporium.service-client.scopes", scopes);
            return this;
        }

        /** It calls this service ({@code emporium.services.<name>.url}). */
        public Builder calls(RunningService other) {
            return property("emporium.services." + other.name() + ".url", other.url());
        }

        /**
         * A property over everything else: its application.yml and the test infrastructure's (placeholders such as
         * {@code ${emporium.test.redis-key-prefix}} work).
         */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public RunningService start() {
            return new RunningService(name, application, properties);
        }
    }
}
