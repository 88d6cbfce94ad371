package dev.emporium.inventory.reservation;

import static dev.emporium.inventory.InventoryApi.line;
import static dev.emporium.inventory.InventoryApi.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.inventory.InventoryApi;
import dev.emporium.inventory.InventoryApplication;
import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.EmporiumTestInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two replicas of inventory on one database, as production runs them: the guarantees hold across processes, not
 * just across threads of one. The expiry task is slowed down here so the tests decide who expires what and when.
 */
@EmporiumServiceTest(properties = TwoInstancesTest.SLOW_EXPIRY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    static final String SLOW_EXPIRY = "emporium.inventory.reservations.expiry-interval=1h";

    @LocalServerPort int port;
    @Value("${spring.datasource.url}") String databaseUrl;
    @Autowired JdbcClient jdbc;
    @Autowired ReservationService reservations;
    ConfigurableApplicationContext second;

    @BeforeAll
    void startSecondInstance() {
        second = instance(Map.of("emporium.inventory.reservations.expiry-interval", "1h"));
    }

    @AfterAll
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void grantsExactlyAsManyReservationsAsThereAreUnitsAcrossInstancesAndLocations() throws Exception {
        InventoryApi one = new InventoryApi(port);
        InventoryApi two = new InventoryApi(port(second));
        String sku = InventoryApi.uniqueSku();
        String warehouse = one.addLocation(7);
        one.setStock(sku, 5, null);
        one.setStock(sku, 5, warehouse);

        List<Integer> statuses = ConcurrentReservationTest.race(ConcurrentReservationTest.BUYERS,
                buyer -> (buyer % 2 == 0 ? one : two).reserve(UUID.randomUUID(), lines(line(sku, 1))));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(ConcurrentReservationTest.BUYERS - 10);
        assertThat(jdbc.sql("SELECT sum(reserved) FROM stock WHERE sku = :sku AND on_hand = reserved").param("sku", sku)
                .query(Integer.class).single()).as("both locations fully reserved").isEqualTo(10);
        LedgerInvariants.assertHold(jdbc, "after the two-instance race");
    }

    @Test
    void releasesEachExpiredReservationExactlyOnceWhenBothInstancesRaceForThem() throws Exception {
        InventoryApi api = new InventoryApi(port);
        List<String> skus = List.of(InventoryApi.uniqueSku(), InventoryApi.uniqueSku(), InventoryApi.uniqueSku());
        skus.forEach(sku -> api.setStock(sku, 1000, null));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            InventoryApi.expect(200, api.asService("POST", "/internal/inventory/reservations", "{\"reservationId\": \"" + id
                    + "\", \"ttlSeconds\": 1, \"lines\": " + lines(line(skus.get(i % 3), 2), line(skus.get((i + 1) % 3), 1)) + "}"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM reservation WHERE id IN (:ids) AND expires_at > now()")
                .param("ids", ids).query(Long.class).single() == 0);

        List<ReservationService> expirers = List.of(reservations, second.getBean(ReservationService.class));
        int released = race(8, worker -> {
            int mine = 0;
            for (int batch; (batch = expirers.get(worker % 2).expireDue(7)) > 0; ) {
                mine += batch;
            }
            return mine;
        });

        assertThat(released).as("released in all (other tests' expired reservations too)").isGreaterThanOrEqualTo(ids.size());
        assertThat(jdbc.sql("SELECT count(*) FROM reservation WHERE id IN (:ids) AND status = 'EXPIRED'").param("ids", ids)
                .query(Integer.class).single()).isEqualTo(ids.size());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM reservation_allocation a WHERE a.reservation_id IN (:ids)
                AND (SELECT count(*) FROM movement m WHERE m.reference = a.reservation_id::text AND m.sku = a.sku
                     AND m.location_id = a.location_id AND m.reason = 'EXPIRED') <> 1""")
                .param("ids", ids).query(Long.class).single()).as("allocations not released exactly once").isZero();
        assertThat(jdbc.sql("SELECT sum(reserved) FROM stock WHERE sku IN (:skus)").param("skus", skus).query(Integer.class).single())
                .isZero();
        LedgerInvariants.assertHold(jdbc, "after the expiry race");
    }

    @Test
    void aFreshInstanceReleasesWhatExpiredWhileNoneWasRunningTheTask() {
        InventoryApi api = new InventoryApi(port);
        String sku = InventoryApi.uniqueSku();
        api.setStock(sku, 5, null);
        InventoryApi.expect(200, api.asService("POST", "/internal/inventory/reservations", "{\"reservationId\": \"" + UUID.randomUUID()
                + "\", \"ttlSeconds\": 1, \"lines\": " + lines(line(sku, 3)) + "}"));

        try (ConfigurableApplicationContext restarted = instance(Map.of("emporium.inventory.reservations.expiry-interval", "100ms"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT reserved FROM stock WHERE sku = :sku")
                    .param("sku", sku).query(Integer.class).single() == 0);
        }
        LedgerInvariants.assertHold(jdbc, "after the restart");
    }

    /** Another inventory process on this test's database. */
    private ConfigurableApplicationContext instance(Map<String, Object> properties) {
        Map<String, Object> overrides = new java.util.HashMap<>(properties);
        overrides.put("spring.datasource.url", databaseUrl);
        overrides.put("server.port", "0");
        return new SpringApplicationBuilder(InventoryApplication.class)
                .initializers(new EmporiumTestInfrastructure(),
                        context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("instance", overrides)))
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static int race(int workers, java.util.function.IntFunction<Integer> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int worker = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return work.apply(worker);
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            return total;
        }
    }
}
