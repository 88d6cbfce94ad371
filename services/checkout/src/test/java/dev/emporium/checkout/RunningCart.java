package dev.emporium.checkout;

import static org.awaitility.Awaitility.await;

import dev.emporium.cart.CartApplication;
import dev.emporium.testsupport.EmporiumTestInfrastructure;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestTokenEndpoint;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real cart service, started once for all tests of the run in this JVM (its own Spring context, its own
 * configuration, the test Redis under a key prefix of its own, the embedded Kafka, the test JWKS), so checkout's
 * tests call cart's internal API as it is, with a service token from {@link TestTokenEndpoint}. Tests fill carts
 * through cart's public API, as a customer would.
 */
public final class RunningCart {

    private static RunningCart instance;

    private final ConfigurableApplicationContext context;
    private final String url;

    private RunningCart() {
        context = new SpringApplicationBuilder(CartApplication.class)
                .initializers(new EmporiumTestInfrastructure())
                .properties(Map.of(
                        // cart's own application.yml: checkout's, first on the class path, has the same name
                        "spring.config.location", cartConfiguration(),
                        "spring.main.banner-mode", "off",
                        "emporium.cart.key-prefix", "${emporium.test.redis-key-prefix}cart:"))
                // an argument, not a default property: cart's application.yml (port 8085) would win over a default,
                // and 8085 is taken whenever a platform runs on this machine
                .run("--server.port=0");
        url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        await().atMost(Duration.ofSeconds(60)).until(() -> new TestHttp(url).get("/actuator/health/readiness").status() == 200);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    }

    public static synchronized RunningCart get() {
        if (instance == null) {
            instance = new RunningCart();
        }
        return instance;
    }

    /** For a {@code @DynamicPropertySource}: checkout calls this cart, with a token the test endpoint issues. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("emporium.services.cart.url", () -> get().url());
        registry.add("emporium.service-client.client-id", () -> "checkout");
        registry.add("emporium.service-client.client-secret", () -> "test-secret");
        registry.add("emporium.service-client.token-uri", () -> TestTokenEndpoint.get().uri().toString());
        registry.add("emporium.service-client.scopes", () -> "cart:checkout");
    }

    public String url() {
        return url;
    }

    /**
     * Adds units to the customer's cart through cart's public API, once cart's read model knows the SKU (it learns
     * products from catalog.products, like checkout).
     */
    public void add(UUID customer, String sku, int quantity) {
        TestHttp http = new TestHttp(url);
        String token = TestJwts.get().customer(customer);
        await().atMost(Duration.ofSeconds(20)).until(() -> http.post("/api/v1/cart/items",
                "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}", "Authorization", "Bearer " + token).status() == 200);
    }

    /** Switches the customer's cart to another currency (its snapshots are repriced in it). */
    public void currency(UUID customer, String currency) {
        TestHttp.Response response = new TestHttp(url).get("/api/v1/cart?currency=" + currency,
                "Authorization", "Bearer " + TestJwts.get().customer(customer));
        if (response.status() != 200) {
            throw new IllegalStateException("Cart answered " + response.status() + ": " + response.body());
        }
    }

    private static String cartConfiguration() {
        URL classes = CartApplication.class.getProtectionDomain().getCodeSource().getLocation();
        String location = classes.toString();
        return location.endsWith(".jar") ? "jar:" + location + "!/application.yml" : location + "application.yml";
    }
}
