package dev.emporium.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.inventory.InventoryApi;
import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.inventory.reservation.ReservationRequest;
import dev.emporium.inventory.reservation.ReservationService;
import dev.emporium.platform.web.ApiException;
import dev.emporium.testsupport.SeededWorkers;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Many threads reserve, release, commit, adjust and move the threshold of one SKU that hovers around it: every
 * time its published state goes from above the threshold to at or under it there is exactly one StockLowV1, for
 * that state, and none otherwise.
 */
@EmporiumServiceTest
class ConcurrentStockAlertsTest {

    static final int THREADS = 12;
    static final int OPERATIONS_PER_THREAD = 60;

    @Autowired ReservationService reservations;
    @Autowired StockService stock;
    @Autowired JdbcClient jdbc;

    final String sku = InventoryApi.uniqueSku();
    final AtomicInteger refused = new AtomicInteger();
    UUID emptyLocation;

    @Test
    void alertsExactlyOncePerCrossingOfTheThresholdUnderConcurrentChanges() throws Exception {
        long seed = System.nanoTime();
        emptyLocation = location();
        stock.set(sku, new StockRequests.SetStock(9, null, null), "test");

        race(seed);

        OutboxEvents outbox = new OutboxEvents(jdbc);
        List<JsonNode> states = outbox.states(sku);
        assertThat(states).extracting(state -> state.get("version").asLong()).as("seed %d", seed)
                .isEqualTo(java.util.stream.LongStream.rangeClosed(states.getFirst().get("version").asLong(),
                        states.getLast().get("version").asLong()).boxed().toList());
        List<Long> crossings = new ArrayList<>();
        for (int i = 1; i < states.size(); i++) {
            if (states.get(i).get("lowStock").asBoolean() && !states.get(i - 1).get("lowStock").asBoolean()) {
                crossings.add(states.get(i).get("version").asLong());
            }
        }
        List<JsonNode> alerts = outbox.alerts(sku);
        assertThat(alerts).extracting(alert -> alert.get("version").asLong()).as("seed %d", seed).isEqualTo(crossings);
        assertThat(crossings).as("the SKU crossed its threshold again and again (seed %d)", seed).hasSizeGreaterThan(3);
        for (JsonNode alert : alerts) {
            JsonNode state = states.stream().filter(s -> s.get("version").equals(alert.get("version"))).findFirst().orElseThrow();
            assertThat(alert.get("available").asInt()).isEqualTo(state.get("available").asInt())
                    .isLessThanOrEqualTo(alert.get("threshold").asInt());
        }
        assertFinalStateIsTheLastPublished(states.getLast(), seed);
        assertThat(refused.get()).as("some operations were refused, so stock ran short (seed %d)", seed).isPositive();
        LedgerInvariants.assertHold(jdbc, "seed " + seed);
    }

    private void assertFinalStateIsTheLastPublished(JsonNode last, long seed) {
        record Now(int available, int threshold, boolean lowStock) {
        }
        Now now = jdbc.sql("""
                SELECT (SELECT SUM(on_hand - reserved) FROM stock WHERE sku = :sku) AS available,
                       COALESCE(low_stock_threshold, 5) AS threshold, low_stock FROM sku WHERE sku = :sku""")
                .param("sku", sku).query(Now.class).single();
        assertThat(last.get("available").asInt()).as("seed %d", seed).isEqualTo(now.available());
        assertThat(last.get("lowStock").asBoolean()).isEqualTo(now.lowStock()).isEqualTo(now.available() <= now.threshold());
    }

    private void race(long seed) throws Exception {
        SeededWorkers.run(THREADS, seed, random -> {
            List<UUID> held = new ArrayList<>();
            for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                operate(random, held);
            }
        });
    }

    /** Reservations pull the SKU down, releases and deliveries lift it, the threshold moves between 4 and 6. */
    private void operate(Random random, List<UUID> held) {
        try {
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> {
                    UUID id = UUID.randomUUID();
                    reservations.reserve(new ReservationRequest(id, List.of(new ReservationRequest.Line(sku, 1 + random.nextInt(3))), 600), "test");
                    held.add(id);
                }
                case 4, 5 -> {
                    if (!held.isEmpty()) {
                        reservations.release(held.removeLast(), "test");
                    }
                }
                case 6 -> {
                    if (!held.isEmpty()) {
                        int units = reservations.commit(held.removeLast(), "test").lines().getFirst().quantity();
                        adjust(units, AdjustmentReason.RECEIVED);
                    }
                }
                case 7 -> adjust(-1, AdjustmentReason.DAMAGED);
                case 8 -> adjust(1, AdjustmentReason.RECEIVED);
                default -> stock.set(sku, new StockRequests.SetStock(0, emptyLocation, 4 + random.nextInt(3)), "test");
            }
        } catch (ApiException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            refused.incrementAndGet();
        }
    }

    private void adjust(int delta, AdjustmentReason reason) {
        stock.adjust(sku, new StockRequests.Adjustment(delta, reason, null, null), "test");
    }

    /** A second location that never has stock: setting its 0 units changes nothing but the SKU's threshold. */
    private UUID location() {
        UUID id = UUID.randomUUID();
        String code = "alerts-" + id.toString().substring(0, 8);
        jdbc.sql("INSERT INTO location (id, code, name, country, priority, active) VALUES (:id, :code, :code, 'DE', 9, true)")
                .param("id", id).param("code", code).update();
        return id;
    }
}
