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
import dev.emporium.testsupport.RunningService;
import dev.emporium.testsupport.TestJwksServer;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestTokenEndpoint;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
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
        identity = trusting("identity", IdentityApplication.class)
                .property("emporium.identity.admin.password", ADMIN_PASSWORD)
                .start();
        List<JWK> both = new ArrayList<>(testKeys);
        both.addAll(load(URI.create(identity.url() + "/.well-known/jwks.json")));
        keys.publish(both.toArray(JWK[]::new));
        catalog = trusting("catalog", CatalogApplication.class).start();
        inventory = trusting("inventory", InventoryApplication.class).start();
        search = trusting("search", SearchApplication.class)
                .property("emporium.search.index-dir", "target/test-indexes/" + UUID.randomUUID())
                .start();
        cart = trusting("cart", CartApplication.class)
                .property("emporium.cart.key-prefix", "${emporium.test.redis-key-prefix}cart:")
                .start();
        // the card provider (on this class path for payment) is payment's alone: every other context switches it off
        payment = trusting("payment", PaymentApplication.class)
                .property("emporium.payment.card-provider.enabled", "true")
                .start();
        order = trusting("order", OrderApplication.class)
                .serviceClient("payment:refund")
                .calls(payment)
                // a refund payment could not take is tried again within seconds, not minutes
                .property("emporium.order.refunds.first-backoff", "200ms")
                .property("emporium.order.refunds.max-backoff", "2s")
                .start();
        checkout = trusting("checkout", CheckoutApplication.class)
                .serviceClient(CHECKOUT_SCOPES)
                .calls(cart)
                .calls(inventory)
                .calls(payment)
                .calls(order)
                .start();
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

    /**
     * A service to start, checking tokens against the JWKS of identity's keys and the test key, without the card
     * provider (payment switches it back on).
     */
    private RunningService.Builder trusting(String name, Class<?> application) {
        return RunningService.of(name, application)
                .property("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keys.uri().toString())
                .property("emporium.payment.card-provider.enabled", "false");
    }

    private static List<JWK> load(URI jwks) {
        try {
            return JWKSet.load(jwks.toURL()).getKeys();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the JWKS at " + jwks, e);
        }
    }
}
