package dev.emporium.inventory.reservation;

import static dev.emporium.inventory.InventoryApi.expect;
import static dev.emporium.inventory.InventoryApi.line;
import static dev.emporium.inventory.InventoryApi.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.inventory.InventoryApi;
import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The race every shop loses sooner or later: more buyers than units, all at once. */
@EmporiumServiceTest
class ConcurrentReservationTest {

    static final int BUYERS = 100;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void grantsExactlyAsManyReservationsAsThereAreUnits() throws Exception {
        InventoryApi api = new InventoryApi(port);
        String sku = InventoryApi.uniqueSku();
        api.setStock(sku, 10, null);

        List<Integer> statuses = race(BUYERS, buyer -> api.reserve(UUID.randomUUID(), lines(line(sku, 1))));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(BUYERS - 10);
        JsonNode stock = expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/" + sku, null)).json();
        assertThat(stock.get("reserved").asInt()).isEqualTo(10);
        assertThat(stock.get("available").asInt()).isZero();
        LedgerInvariants.assertHold(jdbc, "after the race");
    }

    @Test
    void grantsMultiLineReservationsInOppositeOrdersWithoutDeadlockOrOversell() throws Exception {
        InventoryApi api = new InventoryApi(port);
        String first = InventoryApi.uniqueSku();
        String second = InventoryApi.uniqueSku();
        api.setStock(first, 10, null);
        api.setStock(second, 10, null);

        List<Integer> statuses = race(BUYERS, buyer -> api.reserve(UUID.randomUUID(), buyer % 2 == 0
                ? lines(line(first, 1), line(second, 1)) : lines(line(second, 1), line(first, 1))));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(BUYERS - 10);
        LedgerInvariants.assertHold(jdbc, "after the multi-line race");
    }

    /** Runs every buyer at once (released together by a latch) and returns the statuses they got. */
    static List<Integer> race(int buyers, IntFunction<TestHttp.Response> buy) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(buyers)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                int buyer = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return buy.apply(buyer).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }
}
