package dev.emporium.web.harness;

import dev.emporium.cart.CartApplication;
import dev.emporium.catalog.CatalogApplication;
import dev.emporium.identity.IdentityApplication;
import dev.emporium.inventory.InventoryApplication;
import dev.emporium.search.SearchApplication;
import dev.emporium.testsupport.TestJwts;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Every service the storefront calls, real and whole, started once per JVM beside it ({@link RunningService}):
 * identity (sign-up, sign-in, refresh, and the first admin, {@link #ADMIN_EMAIL}), catalog, inventory, search (fed
 * by catalog and stock events) and cart (the same). Identity signs real tokens: cart, which reads the customer's
 * token, checks them against identity's JWKS; catalog and inventory trust identity's keys and the test JWKS
 * together ({@link TrustedKeys}), so the admin portal calls them with the signed-in admin's real token while a test
 * sets up products and stock with {@code TestJwts} admin tokens. Each service has its own database; a test makes
 * its own products ({@link TestShop}) and never counts on being alone. Order and payment, which only the admin
 * portal calls, start with the first test that needs them ({@link RunningOrders}).
 */
public final class RunningServices {

    public static final String ADMIN_EMAIL = "admin@emporium.local";
    public static final String ADMIN_PASSWORD = "web-tests-admin-password";

    /** payment-provider-card is on the test class path (payment's): only payment runs it. */
    static final String CARD_PROVIDER_ENABLED = "emporium.payment.card-provider.enabled";
    static final String JWKS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    private static RunningServices instance;

    private final TrustedKeys trustedKeys;

    private final RunningService identity;
    private final RunningService catalog;
    private final RunningService inventory;
    private final RunningService search;
    private final RunningService cart;

    private RunningServices() {
        identity = RunningService.start("identity", IdentityApplication.class, Map.of(
                "emporium.identity.admin.password", ADMIN_PASSWORD, CARD_PROVIDER_ENABLED, "false"));
        trustedKeys = TrustedKeys.of(identity.url() + "/.well-known/jwks.json", TestJwts.get().jwksUri());
        catalog = RunningService.start("catalog", CatalogApplication.class, Map.of(JWKS, trustedKeys.uri(), CARD_PROVIDER_ENABLED, "false"));
        inventory = RunningService.start("inventory", InventoryApplication.class, Map.of(JWKS, trustedKeys.uri(),
                CARD_PROVIDER_ENABLED, "false"));
        search = RunningService.start("search", SearchApplication.class,
                Map.of("emporium.search.index-dir", "target/test-indexes/" + UUID.randomUUID()));
        cart = RunningService.start("cart", CartApplication.class, Map.of(
                "emporium.cart.key-prefix", "${emporium.test.redis-key-prefix}cart:",
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", identity.url() + "/.well-known/jwks.json"));
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
    }

    /** Identity's keys and the test JWKS, for a service the admin portal calls. */
    public TrustedKeys trustedKeys() {
        return trustedKeys;
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
}
