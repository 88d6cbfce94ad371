package dev.emporium.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.inventory.location.Locations;
import dev.emporium.inventory.stock.AdjustmentReason;
import dev.emporium.inventory.stock.StockRequests;
import dev.emporium.inventory.stock.StockService;
import dev.emporium.platform.web.ApiException;
import dev.emporium.testsupport.SeededWorkers;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Thousands of reserve / commit / release / adjust / expire operations from several threads on a few SKUs over three
 * locations. Each thread draws its operations from {@code seed + thread}: the seed is printed with any failure and
 * {@code -Dinventory.seed=} replays the same operations (their interleaving is the scheduler's).
 */
@EmporiumServiceTest(properties = "emporium.inventory.reservations.expiry-interval=50ms")
class RandomizedStockTest {

    static final int THREADS = 8;
    static final int OPERATIONS_PER_THREAD = 500;
    static final List<String> SKUS = List.of("RND-A", "RND-B", "RND-C", "RND-D");

    @Autowired ReservationService reservations;
    @Autowired StockService stock;
    @Autowired Locations locations;
    @Autowired JdbcClient jdbc;

    final List<UUID> open = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> expectedOnHand = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();

    @Test
    void keepsEveryFigureEqualToTheLogAndNeverNegativeUnderARandomConcurrentMix() throws Exception {
        long seed = Long.getLong("inventory.seed", System.nanoTime());
        List<UUID> sites = List.of(locations.resolve(null).id(), location("rnd-north", 1), location("rnd-south", 2));
        for (String sku : SKUS) {
            expectedOnHand.put(sku, new AtomicInteger());
            for (UUID site : sites) {
                stock.adjust(sku, new StockRequests.Adjustment(20, AdjustmentReason.RECEIVED, site, "initial"), "test");
                expectedOnHand.get(sku).addAndGet(20);
            }
        }
        try {
            run(seed, sites);
            LedgerInvariants.assertHold(jdbc, "seed " + seed);
            for (String sku : SKUS) {
                assertThat(jdbc.sql("SELECT sum(on_hand) FROM stock WHERE sku = :sku").param("sku", sku).query(Integer.class).single())
                        .as("on hand of %s = received + adjusted - committed (seed %d)", sku, seed)
                        .isEqualTo(expectedOnHand.get(sku).get());
            }
            assertThat(refused.get()).as("some operations were refused, so the limits were reached (seed %d)", seed).isPositive();
        } catch (AssertionError | Exception e) {
            throw new AssertionError("Failed with -Dinventory.seed=" + seed + ": " + e.getMessage(), e);
        }
    }

    private void run(long seed, List<UUID> sites) throws Exception {
        SeededWorkers.run(THREADS, seed, random -> {
            for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                operate(random, sites);
            }
        });
    }

    private void operate(Random random, List<UUID> sites) {
        try {
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> reserve(random);
                case 4, 5 -> commit(random);
                case 6 -> release(random);
                case 7, 8 -> adjust(random, sites);
                default -> reservations.expireDue(1 + random.nextInt(5));
            }
        } catch (ApiException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            refused.incrementAndGet();
        }
    }

    private void reserve(Random random) {
        List<ReservationRequest.Line> lines = new ArrayList<>();
        List<String> skus = new ArrayList<>(SKUS);
        java.util.Collections.shuffle(skus, random);
        for (String sku : skus.subList(0, 1 + random.nextInt(3))) {
            lines.add(new ReservationRequest.Line(sku, 1 + random.nextInt(6)));
        }
        UUID id = UUID.randomUUID();
        // a third expire on their own within a second; the rest wait for a commit or release
        reservations.reserve(new ReservationRequest(id, lines, random.nextInt(3) == 0 ? 1 : 600), "test");
        open.add(id);
    }

    private void commit(Random random) {
        UUID id = pick(random);
        if (id != null) {
            ReservationView committed = reservations.commit(id, "test");
            if ("COMMITTED".equals(committed.status()) && open.remove(id)) {
                committed.lines().forEach(line -> expectedOnHand.get(line.sku()).addAndGet(-line.quantity()));
            }
        }
    }

    private void release(Random random) {
        UUID id = pick(random);
        if (id != null) {
            reservations.release(id, "test");
            open.remove(id);
        }
    }

    private void adjust(Random random, List<UUID> sites) {
        String sku = SKUS.get(random.nextInt(SKUS.size()));
        int delta = random.nextInt(13) - 6;
        if (delta != 0) {
            stock.adjust(sku, new StockRequests.Adjustment(delta, AdjustmentReason.COUNT_CORRECTION,
                    sites.get(random.nextInt(sites.size())), null), "test");
            expectedOnHand.get(sku).addAndGet(delta);
        }
    }

    private UUID pick(Random random) {
        List<UUID> candidates = List.copyOf(open);
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private UUID location(String code, int priority) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO location (id, code, name, country, priority, active) VALUES (:id, :code, :code, 'DE', :priority, true)")
                .param("id", id).param("code", code).param("priority", priority).update();
        return id;
    }
}
