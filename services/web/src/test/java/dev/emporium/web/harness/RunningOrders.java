package dev.emporium.web.harness;

import dev.emporium.order.OrderApplication;
import dev.emporium.payment.PaymentApplication;
import dev.emporium.testsupport.TestTokenEndpoint;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Order and payment (with its built-in card provider), real and whole, started once per JVM beside the other
 * services ({@link RunningServices}) for the admin portal's order pages. Both trust identity's keys and the test
 * JWKS ({@link TrustedKeys}); order refunds through this payment with a service token of {@link TestTokenEndpoint}
 * (scope {@code payment:refund}), as checkout's tests run them.
 */
public final class RunningOrders {

    private static RunningOrders instance;

    private final RunningService payment;
    private final RunningService order;

    private RunningOrders() {
        String keys = RunningServices.get().trustedKeys().uri();
        payment = RunningService.start("payment", PaymentApplication.class, Map.of(RunningServices.JWKS, keys));
        order = RunningService.start("order", OrderApplication.class, Map.of(
                RunningServices.JWKS, keys,
                RunningServices.CARD_PROVIDER_ENABLED, "false",
                "emporium.services.payment.url", payment.url(),
                "emporium.service-client.client-id", "order",
                "emporium.service-client.client-secret", "test-secret",
                "emporium.service-client.token-uri", TestTokenEndpoint.get().uri().toString(),
                "emporium.service-client.scopes", "payment:refund",
                // a refund payment could not take at once is tried again within seconds, not minutes
                "emporium.order.refunds.first-backoff", "200ms",
                "emporium.order.refunds.max-backoff", "2s"));
    }

    public static synchronized RunningOrders get() {
        if (instance == null) {
            instance = new RunningOrders();
        }
        return instance;
    }

    /** For a {@code @DynamicPropertySource}: the admin portal calls these. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("emporium.services.order.url", () -> get().order.url());
        registry.add("emporium.services.payment.url", () -> get().payment.url());
    }

    public RunningService payment() {
        return payment;
    }

    public RunningService order() {
        return order;
    }
}
