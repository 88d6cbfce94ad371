package dev.emporium.checkout.harness;

import dev.emporium.inventory.InventoryApplication;
import dev.emporium.order.OrderApplication;
import dev.emporium.payment.PaymentApplication;
import dev.emporium.testsupport.RunningService;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestTokenEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service checkout calls, real and whole, started once per JVM beside checkout: cart ({@link RunningCart}),
 * inventory, payment with its built-in card provider, and order (which refunds through that payment). A test class
 * points checkout at them with {@link #register} in its {@code @DynamicPropertySource}; each service has its own
 * database, so a test sets up and checks what it needs (its own SKUs, ids and customers) and never counts on being
 * alone. Inventory starts every SKU it learns of from catalog.products at 0, and cart then refuses to add it: stock a
 * product ({@link RunningInventory#setStock(dev.emporium.contracts.catalog.ProductChangedV1, int)}) before a customer
 * adds it, best before publishing it.
 */
public final class Downstreams {

    /** What checkout's service client asks its token for: each scope one of the services it calls checks. */
    public static final String CHECKOUT_SCOPES = "cart:checkout inventory:reserve payment:charge order:write";

    private static Downstreams instance;

    private final RunningCart cart;
    private final RunningInventory inventory;
    private final RunningPayment payment;
    private final RunningOrder order;

    private Downstreams() {
        cart = RunningCart.get();
        inventory = new RunningInventory(RunningService.of("inventory", InventoryApplication.class)
                .property("emporium.payment.card-provider.enabled", "false")
                .start());
        RunningService payments = RunningService.of("payment", PaymentApplication.class)
                // a provider call that hangs gives up soon; retried three times (each call is idempotent by its key)
                .property("emporium.payment.provider.timeout", "1s")
                .property("emporium.payment.provider.backoff", "20ms")
                .property("emporium.payment.card-provider.fault-hang", "2s")
                // every test of the JVM shares this payment: injected faults must not open its circuit for the next ones
                .property("emporium.payment.provider.window", "1000")
                // operations left PENDING by an injected fault are asked about again soon, as after a crash
                .property("emporium.payment.recovery.interval", "250ms")
                .property("emporium.payment.recovery.grace", "2s")
                .start();
        payment = new RunningPayment(payments);
        order = new RunningOrder(RunningService.of("order", OrderApplication.class)
                .serviceClient("payment:refund")
                .calls(payments)
                .property("emporium.payment.card-provider.enabled", "false")
                // a refund payment could not take is tried again within seconds, not minutes
                .property("emporium.order.refunds.first-backoff", "200ms")
                .property("emporium.order.refunds.max-backoff", "2s")
                .start());
    }

    public static synchronized Downstreams get() {
        if (instance == null) {
            instance = new Downstreams();
        }
        return instance;
    }

    /**
     * For a {@code @DynamicPropertySource}: checkout calls these services, with tokens the test endpoint issues to
     * the client {@code checkout} with {@link #CHECKOUT_SCOPES}.
     */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("emporium.services.cart.url", () -> get().cart().url());
        registry.add("emporium.services.inventory.url", () -> get().inventory().service().url());
        registry.add("emporium.services.payment.url", () -> get().payment().service().url());
        registry.add("emporium.services.order.url", () -> get().order().service().url());
        registry.add("emporium.service-client.client-id", () -> "checkout");
        registry.add("emporium.service-client.client-secret", () -> "test-secret");
        registry.add("emporium.service-client.token-uri", () -> TestTokenEndpoint.get().uri().toString());
        registry.add("emporium.service-client.scopes", () -> CHECKOUT_SCOPES);
    }

    public RunningCart cart() {
        return cart;
    }

    public RunningInventory inventory() {
        return inventory;
    }

    public RunningPayment payment() {
        return payment;
    }

    public RunningOrder order() {
        return order;
    }

    /**
     * A token as checkout gets one: from the test token endpoint (standing for identity's), client {@code checkout},
     * with {@link #CHECKOUT_SCOPES}.
     */
    public static String checkoutToken() {
        String basic = Base64.getEncoder().encodeToString("checkout:test-secret".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(TestTokenEndpoint.get().uri())
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(CHECKOUT_SCOPES, StandardCharsets.UTF_8)))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The token endpoint answered " + answer.statusCode() + ": " + answer.body());
            }
            return JsonMapper.shared().readTree(answer.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Puts back what a test may have changed in the shared services: no injected provider faults, no added latency. */
    public void reset() {
        payment.faults().clear();
        payment.faults().latency(Duration.ZERO);
    }

    /** The body of a 200, empty for a 404, and a failure for any other answer. */
    static Optional<JsonNode> found(TestHttp.Response response) {
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw new IllegalStateException("Expected 200 or 404 but got " + response.status() + ": " + response.body());
        }
        return Optional.of(response.json());
    }
}
