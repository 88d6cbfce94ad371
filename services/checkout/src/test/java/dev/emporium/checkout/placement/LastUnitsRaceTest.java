package dev.emporium.checkout.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.checkout.harness.RunningInventory.StockLevels;
import dev.emporium.checkout.harness.RunningPayment;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** More customers than units: exactly as many orders as units, the others a clean refusal, nothing oversold or held. */
class LastUnitsRaceTest extends SagaTest {

    @Test
    void thirtyCustomersRacingForFiveUnitsGetFiveOrdersAndTwentyFiveRefusals() throws Exception {
        String sku = teeInStock(5);
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            customers.add(customerWithCart(sku, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> answers = new ArrayList<>();
        for (UUID customer : customers) {
            answers.add(pool.submit(() -> {
                start.await();
                return client.placeWithCard(customer, RunningPayment.APPROVED);
            }));
        }
        start.countDown();
        List<UUID> refusedCustomers = new ArrayList<>();
        int confirmed = 0;
        for (int i = 0; i < answers.size(); i++) {
            TestHttp.Response response = answers.get(i).get();
            if (response.status() == 201) {
                assertThat(response.json().path("status").asString()).isEqualTo("CONFIRMED");
                confirmed++;
            } else {
                ProblemAssertions.assertProblem(response, 409, "INSUFFICIENT_STOCK");
                refusedCustomers.add(customers.get(i));
            }
        }
        pool.shutdownNow();

        assertThat(confirmed).isEqualTo(5);
        assertThat(refusedCustomers).hasSize(25);
        assertThat(stock(sku)).isEqualTo(new StockLevels(0, 0, 0));
        for (UUID refused : refusedCustomers) {
            assertThat(unitsInCart(refused, sku)).as("a refused customer's cart is intact").isEqualTo(1);
            assertThat(services.order().ordersOf(refused)).isEmpty();
        }
    }
}
