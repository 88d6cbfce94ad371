package dev.emporium.checkout.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.checkout.harness.RunningInventory.StockLevels;
import dev.emporium.checkout.harness.RunningPayment;
import dev.emporium.checkout.placement.CrashingFaults.Side;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A runner stops dead at each step, before its call or after it (the call's outcome not yet persisted), as a crashed
 * process would; the resumption task takes the checkout over once the lease ran out, without the card. Every checkout
 * ends either COMPLETED (a CONFIRMED order, charged once, the units taken once, the cart emptied) or FAILED (nothing
 * charged, nothing held, the cart intact); stock is conserved either way. Before the card was charged the card is lost
 * with the runner, so those checkouts fail cleanly; from an authorization on they complete. The 16 crashes run at once,
 * each on its own SKU and customer.
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

    record Case(Step step, Side side, String sku, UUID customer) {
        boolean cardAlreadyCharged() {
            return step.compareTo(Step.AUTHORIZE_PAYMENT) > 0 || (step == Step.AUTHORIZE_PAYMENT && side == Side.AFTER_CALL);
        }
    }

    @Test
    void aCheckoutWhoseRunnerCrashesAtAnyStepEndsCompletedAndChargedOnceOrFullyCompensated() {
        List<Case> cases = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Side side : Side.values()) {
                String sku = teeInStock(10);
                Case crash = new Case(step, side, sku, customerWithCart(sku, 3));
                CrashingFaults.arm(crash.customer(), step, side);
                cases.add(crash);
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(cases.size());
        List<CompletableFuture<TestHttp.Response>> answers = cases.stream()
                .map(crash -> CompletableFuture.supplyAsync(() -> client.placeWithCard(crash.customer(), RunningPayment.APPROVED), pool)).toList();

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < cases.size(); i++) {
            Case crash = cases.get(i);
            String point = "crash " + crash.side() + " " + crash.step();
            TestHttp.Response answer = answers.get(i).join();
            assertThat(answer.status()).as("%s: the client follows the checkout (%s)", point, answer.body()).isEqualTo(202);
            CheckoutRow checkout = finished(UUID.fromString(answer.json().path("checkoutId").asString()));
            StockLevels stock = stock(crash.sku());
            softly.assertThat(stock.reserved()).as("%s: nothing left reserved", point).isZero();
            if (crash.cardAlreadyCharged()) {
                softly.assertThat(checkout.status()).as(point).isEqualTo("COMPLETED");
                softly.check(() -> assertChargedOnceAndConfirmed(checkout));
                softly.assertThat(stock.onHand()).as("%s: 3 units sold, once", point).isEqualTo(7);
                softly.assertThat(unitsInCart(crash.customer(), crash.sku())).as("%s: cart emptied", point).isZero();
            } else {
                softly.assertThat(checkout.status()).as(point).isEqualTo("FAILED");
                softly.check(() -> assertNothingChargedOrHeld(checkout));
                softly.assertThat(stock.onHand()).as("%s: nothing sold", point).isEqualTo(10);
                softly.assertThat(unitsInCart(crash.customer(), crash.sku())).as("%s: cart intact", point).isEqualTo(3);
            }
        }
        pool.shutdown();
        softly.assertAll();
    }
}
