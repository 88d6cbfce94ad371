package dev.emporium.checkout.placement;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.CheckoutProperties.Calls;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A runner renews its lease only between calls: a lease that a call with its retries could outlast is refused at start-up. */
class SagaLeaseTest {

    private static final Calls QUICK = new Calls(Duration.ofSeconds(2), 3, Duration.ofMillis(100), Duration.ofSeconds(10));

    @Test
    void refusesALeaseShorterThanACallToPaymentWithItsRetry() {
        Calls payment = new Calls(Duration.ofSeconds(10), 2, Duration.ofMillis(200), Duration.ofSeconds(10));

        assertThatThrownBy(() -> SagaRunner.requireLeaseOutlastsEveryCall(properties(Duration.ofSeconds(20), payment)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("payment").hasMessageContaining("PT20.2S");
    }

    @Test
    void acceptsTheDefaults() {
        Calls payment = new Calls(Duration.ofSeconds(10), 2, Duration.ofMillis(200), Duration.ofSeconds(10));

        assertThatCode(() -> SagaRunner.requireLeaseOutlastsEveryCall(properties(Duration.ofSeconds(30), payment))).doesNotThrowAnyException();
    }

    private static CheckoutProperties properties(Duration lease, Calls payment) {
        return new CheckoutProperties(QUICK, QUICK, payment, QUICK, new CheckoutProperties.Shipping(500),
                new CheckoutProperties.Saga(lease, Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofSeconds(2),
                        Duration.ofSeconds(1), Duration.ofMinutes(1), "http://localhost:8080/checkout/{checkoutId}"));
    }
}
