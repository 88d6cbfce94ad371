package dev.emporium.checkout.harness;

import static org.awaitility.Awaitility.await;

import dev.emporium.cart.CartApplication;
import dev.emporium.testsupport.RunningService;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestTokenEndpoint;
import java.time.Duration;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real cart service, started once for all tests of the run in this JVM ({@link RunningService}; the test Redis
 * under a key prefix of its own), so checkout's tests call cart's internal API as it is, with a service token from
 * {@link TestTokenEndpoint}. Tests fill carts through cart's public API, as a customer would.
 */
public final class RunningCart {

    private static RunningCart instance;

    private final RunningService service;

    private RunningCart() {
        service = RunningService.of("cart", CartApplication.class)
                .property("emporium.cart.key-prefix", "${emporium.test.redis-key-prefix}cart:")
                // the card provider is on this class path for payment's sake; it is payment's alone
                .property("emporium.payment.card-provider.enabled", "false")
                .start();
    }

    public static synchronized RunningCart get() {
        if (instance == null) {
            instance = new RunningCart();
        }
        return instance;
    }

    /**
     * For a {@code @DynamicPropertySource} of a test that needs cart alone: checkout calls this cart, with a token the
     * test endpoint issues. {@link Downstreams#register} sets this and the other services checkout calls.
     */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("emporium.services.cart.url", () -> get().url());
        registry.add("emporium.service-client.client-id", () -> "checkout");
        registry.add("emporium.service-client.client-secret", () -> "test-secret");
        registry.add("emporium.service-client.token-uri", () -> TestTokenEndpoint.get().uri().toString());
        registry.add("emporium.service-client.scopes", () -> "cart:checkout");
    }

    public RunningService service() {
        return service;
    }

    public String url() {
        return service.url();
    }

    /**
     * Adds units to the customer's cart through cart's public API, once cart's read model knows the SKU (it learns
     * products from catalog.products, like checkout).
     */
    public void add(UUID customer, String sku, int quantity) {
        String token = TestJwts.get().customer(customer);
        await().atMost(Duration.ofSeconds(20)).until(() -> service.call("POST", "/api/v1/cart/items",
                "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}", token).status() == 200);
    }

    /** Switches the customer's cart to another currency (its snapshots are repriced in it). */
    public void currency(UUID customer, String currency) {
        TestHttp.Response response = service.call("GET", "/api/v1/cart?currency=" + currency, null,
                TestJwts.get().customer(customer));
        if (response.status() != 200) {
            throw new IllegalStateException("Cart answered " + response.status() + ": " + response.body());
        }
    }
}
