package dev.emporium.checkout.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.checkout.harness.RunningInventory.StockLevels;
import dev.emporium.checkout.harness.RunningPayment;
import dev.emporium.checkout.placement.CrashingFaults.Side;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A runner stops dead at each step, before its call or after it (the call's outcome not yet persisted), as a crashed
 * process would; the resumption task takes the checkout over once the lease ran out, without the card. Every checkout
 * ends either COMPLETED (a CONFIRMED order, charged once, the units taken once, the cart emptied) or FAILED (nothing
 * charged, nothing held, the cart intact); stock is conserved either way. Before the card was charged the card is lost
 * with the runner, so those checkouts fail cleanly; from an authorization on they complete.
 */
@Import(SagaCrashTest.Faults.class)
class SagaCrashTest extends SagaTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Faults {
        @Bean
        SagaFaults crashingFaults() {
            return new CrashingFaults();
        }
    }

    static Stream<Arguments> crashes() {
        List<Arguments> all = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Side side : Side.values()) {
                boolean cardAlreadyCharged = step.compareTo(Step.AUTHORIZE_PAYMENT) > 0
                        || (step == Step.AUTHORIZE_PAYMENT && side == Side.AFTER_CALL);
                all.add(Arguments.of(step, side, cardAlreadyCharged ? "COMPLETED" : "FAILED"));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "crash {1} {0} → {2}")
    @MethodSource("crashes")
    void aCheckoutWhoseRunnerCrashesEndsCompletedAndChargedOnceOrFullyCompensated(Step step, Side side, String outcome) {
        String sku = teeInStock(10);
        UUID customer = customerWithCart(sku, 3);
        CrashingFaults.arm(step, side);

        TestHttp.Response answer = client.placeWithCard(customer, RunningPayment.APPROVED);

        assertThat(answer.status()).as("the runner stopped: the client follows the checkout (%s)", answer.body()).isEqualTo(202);
        UUID checkoutId = UUID.fromString(answer.json().path("checkoutId").asString());
        CheckoutRow checkout = finished(checkoutId);
        assertThat(checkout.status()).isEqualTo(outcome);
        StockLevels stock = stock(sku);
        assertThat(stock.reserved()).as("nothing left reserved").isZero();
        if (outcome.equals("COMPLETED")) {
            assertChargedOnceAndConfirmed(checkout);
            assertThat(stock.onHand()).as("3 units sold, once").isEqualTo(7);
            assertThat(unitsInCart(customer, sku)).isZero();
        } else {
            assertNothingChargedOrHeld(checkout);
            assertThat(stock.onHand()).as("nothing sold").isEqualTo(10);
            assertThat(unitsInCart(customer, sku)).isEqualTo(3);
        }
    }
}
