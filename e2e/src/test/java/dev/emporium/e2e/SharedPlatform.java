package dev.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * One platform for all the end-to-end classes: started by the first of them, stopped when the test JVM exits. Each
 * platform start costs minutes on two cores. The classes leave it as they found it (their own users, products and
 * carts); PlatformIT, which restarts services and stops and starts the whole platform, runs last
 * ({@code junit-platform.properties} orders the classes by {@code @Order}).
 */
final class SharedPlatform {

    /**
     * The union of what its classes need: CheckoutIT's short carrier delays and a card provider slow enough that
     * checkouts are still running when checkout is killed.
     */
    static final Map<String, String> SETTINGS = Map.of(
            "EMPORIUM_ORDER_CARRIER_INTRANSITAFTER", "2s",
            "EMPORIUM_ORDER_CARRIER_OUTFORDELIVERYAFTER", "4s",
            "EMPORIUM_ORDER_CARRIER_DELIVEREDAFTER", "6s",
            "EMPORIUM_PAYMENT_CARDPROVIDER_LATENCY", "250ms");

    private static RunningPlatform platform;

    private SharedPlatform() {
    }

    static synchronized RunningPlatform get() {
        if (platform == null) {
            RunningPlatform started = new RunningPlatform(SETTINGS);
            // stopped at exit even when it never became ready: a half-started platform would keep its ports
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.down();
                started.deleteHome();
            }, "e2e-shared-platform-down"));
            RunningPlatform.Result up = started.up();
            assertThat(up.exitCode()).as(up.output()).isZero();
            platform = started;
        }
        return platform;
    }
}
