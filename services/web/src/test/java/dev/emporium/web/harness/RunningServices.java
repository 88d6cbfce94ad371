package dev.emporium.web.harness;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.emporium.cart.CartApplication;
import dev.emporium.catalog.CatalogApplication;
import dev.emporium.checkout.CheckoutApplication;
import dev.emporium.identity.IdentityApplication;
import dev.emporium.inventory.InventoryApplication;
import dev.emporium.order.OrderApplication;
import dev.emporium.payment.PaymentApplication;
import dev.emporium.search.SearchApplication;
import dev.emporium.testsupport.TestJwksServer;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestTokenEndpoint;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Every service the storefront calls, real and whole, started once per JVM beside it ({@link RunningService}):
 * identity (sign-up, sign-in, refresh, profile, addresses), catalog, inventory, search (fed by catalog and stock
 * events), cart (the same), and for checkout and the account's orders: checkout, payment with its built-in card
 * provider, and order (which refunds through payment), as checkout's own tests run them ({@code Downstreams});
 * identity with its first admin ({@link #ADMIN_EMAIL}) for the admin portal.
 * <p>
 * Tokens: identity signs the customers' real tokens; tests set up products, stock and shipments with
 * {@code TestJwts} admin tokens, and checkout and order call the others' internal APIs with service tokens from
 * {@link TestTokenEndpoint}, both signed with the test key. So every service, identity included, checks tokens
 * against one JWKS that holds both identity's keys and the test key ({@link #keys}). Each service has its own
 * database; a test makes its own products ({@link TestShop}) and customers, and never counts on being alone.
 */
public final class RunningServices {

    /** Identity's first admin, with whom the admin portal's tests sign in. */
    public static final String ADMIN_EMAIL = "admin@emporium.local";
    public static final String ADMIN_PASSWORD = "web-tests-admin-password";

    /** What checkout's service client asks its token for: each scope one of the services it calls checks. */
    private static final String CHECKOUT_SCOPES = "cart:checkout inventory:reserve payment:charge order:write";
    private static RunningServices instance;

    private final TestJwksServer keys;
    private final RunningService identity;
    private final RunningService catalog;
    private final RunningService inventory;
    private final RunningService search;
    private final RunningService cart;
    private final RunningService payment;
    private final RunningService order;
    private final RunningService checkout;

    private RunningServices() {
        List<JWK> testKeys = load(URI.create(TestJwts.get().jwksUri()));
        keys = new TestJwksServer(testKeys.toArray(JWK[]::new));
        identity = RunningService.start("identity", IdentityApplication.class,
                trusting(Map.of("emporium.identity.admin.password", ADMIN_PASSWORD)));
        List<JWK> both = new ArrayList<>(testKeys);
        both.addAll(load(URI.create(identity.url() + "/.well-known/jwks.json")));
        keys.publish(both.toArray(JWK[]::new));
        catalog = RunningService.start("catalog", CatalogApplication.class, trusting(Map.of()));
        inventory = RunningService.start("inventory", InventoryApplication.class, trusting(Map.of()));
        search = RunningService.start("search", SearchApplication.class,
                trusting(Map.of("emporium.search.index-dir", "target/test-indexes/" + UUID.randomUUID())));
        cart = RunningService.start("cart", CartApplication.class,
                trusting(Map.of("emporium.cart.key-prefix", "${emporium.test.redis-key-prefix}cart:")));
        // the card provider (on this class path for payment) is payment's alone: every other context switches it off
        payment = RunningService.start("payment", PaymentApplication.class, trusting(Map.of("emporium.payment.card-provider.enabled", "true")));
        Map<String, Object> orders = new LinkedHashMap<>(client("order", "payment:refund"));
        orders.put("emporium.services.payment.url", payment.url());
        // a refund payment could not take is tried again within seconds, not minutes
        orders.put("emporium.order.refunds.first-backoff", "200ms");
        orders.put("emporium.order.refunds.max-backoff", "2s");
        order = RunningService.start("order", OrderApplication.class, trusting(orders));
        Map<String, Object> checkouts = new LinkedHashMap<>(client("checkout", CHECKOUT_SCOPES));
        checkouts.put("emporium.services.cart.url", cart.url());
        checkouts.put("emporium.services.inventory.url", inventory.url());
        checkouts.put("emporium.services.payment.url", payment.url());
        checkouts.put("emporium.services.order.url", order.url());
        checkout = RunningService.start("checkout", CheckoutApplication.class, trusting(checkouts));
    }

    public static synchronized RunningServices get() {
        if (instance == null) {
            instance = new RunningServices();
        }
        return instance;
    }

    /** For a {@code @DynamicPropertySource}: the storefront calls these services. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("emporium.services.identity.url", () -> get().identity.url());
        registry.add("emporium.services.catalog.url", () -> get().catalog.url());
        registry.add("emporium.services.inventory.url", () -> get().inventory.url());
        registry.add("emporium.services.search.url", () -> get().search.url());
        registry.add("emporium.services.cart.url", () -> get().cart.url());
        registry.add("emporium.services.checkout.url", () -> get().checkout.url());
        registry.add("emporium.services.order.url", () -> get().order.url());
        registry.add("emporium.services.payment.url", () -> get().payment.url());
    }

    public RunningService identity() {
        return identity;
    }

    public RunningService catalog() {
        return catalog;
    }

    public RunningService inventory() {
        return inventory;
    }

    public RunningService search() {
        return search;
    }

    public RunningService cart() {
        return cart;
    }

    public RunningService payment() {
        return payment;
    }

    public RunningService order() {
        return order;
    }

    public RunningService checkout() {
        return checkout;
    }

    /** The service's properties, checking tokens against the JWKS of identity's keys and the test key. */
    private Map<String, Object> trusting(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keys.uri().toString());
        all.put("emporium.payment.card-provider.enabled", "false");
        all.putAll(properties);
        return all;
    }

    /** Its client at the test token endpoint: client id = its name, and the scopes it asks for. */
    private static Map<String, Object> client(String name, String scopes) {
        return Map.of("emporium.service-client.client-id", name, "emporium.service-client.client-secret", "test-secret",
                "emporium.service-client.token-uri", TestTokenEndpoint.get().uri().toString(),
                "emporium.service-client.scopes", scopes);
    }

    private static List<JWK> load(URI jwks) {
        try {
            return JWKSet.load(jwks.toURL()).getKeys();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the JWKS at " + jwks, e);
        }
    }
}
