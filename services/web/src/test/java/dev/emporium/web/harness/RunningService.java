package dev.emporium.web.harness;

import static org.awaitility.Awaitility.await;

import dev.emporium.testsupport.EmporiumTestInfrastructure;
import dev.emporium.testsupport.TestHttp;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Another service, real and whole, started inside the storefront's test JVM as checkout's tests do it: its own
 * Spring context from its own application class and {@code application.yml}, a fresh database of its own, the
 * embedded Kafka, the test Redis under a key prefix of its own and the test JWKS ({@link EmporiumTestInfrastructure}),
 * on a random port. Its properties here win over all of those (a service that must accept identity's real tokens
 * is pointed at identity's JWKS instead of the test one).
 */
public final class RunningService {

    private final String name;
    private final ConfigurableApplicationContext context;
    private final String url;

    private RunningService(String name, Class<?> application, Map<String, Object> properties) {
        this.name = name;
        Map<String, Object> overrides = new LinkedHashMap<>(properties);
        overrides.put("server.port", "0");
        overrides.put("spring.main.banner-mode", "off");
        context = new SpringApplicationBuilder(application)
                .initializers(new EmporiumTestInfrastructure(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("runningServiceOverrides", overrides)))
                // its own application.yml: the storefront's, first on the class path, has the same name
                .run("--spring.config.location=" + configuration(application));
        url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        await().atMost(Duration.ofSeconds(90)).until(() -> new TestHttp(url).get("/actuator/health/readiness").status() == 200);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    }

    /** Starts a service: its name (its {@code spring.application.name}), application class and properties. */
    public static RunningService start(String name, Class<?> application, Map<String, Object> properties) {
        return new RunningService(name, application, properties);
    }

    public String name() {
        return name;
    }

    /** Its base address, {@code http://127.0.0.1:<port>}. */
    public String url() {
        return url;
    }

    /** One of its beans (its {@code JdbcClient}, to read what a test cannot see through its API). */
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
}
