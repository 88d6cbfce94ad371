package dev.emporium.inventory.reservation;

import static dev.emporium.inventory.InventoryApi.expect;
import static dev.emporium.inventory.InventoryApi.line;
import static dev.emporium.inventory.InventoryApi.lines;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.inventory.InventoryApi;
import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest(properties = "emporium.inventory.reservations.expiry-interval=200ms")
class ReservationTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    InventoryApi api;
    String sku = InventoryApi.uniqueSku();
    UUID id = UUID.randomUUID();

    @BeforeEach
    void client() {
        api = new InventoryApi(port);
    }

    @AfterEach
    void ledgerStillAddsUp() {
        LedgerInvariants.assertHold(jdbc, "after the test");
    }

    @Test
    void holdsReservedUnitsUntilCommittedThenTheyLeave() {
        api.setStock(sku, 5, null);
        expect(200, api.reserve(id, lines(line(sku, 2))));
        assertThat(available(sku)).isEqualTo(3);

        JsonNode committed = expect(200, api.asService("POST", "/internal/inventory/reservations/" + id + "/commit", null)).json();

        assertThat(committed.get("status").asString()).isEqualTo("COMMITTED");
        JsonNode stock = expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/" + sku, null)).json();
        assertThat(stock.get("onHand").asInt()).isEqualTo(3);
        assertThat(stock.get("reserved").asInt()).isZero();
    }

    @Test
    void reservesAllLinesOrNone() {
        String scarce = InventoryApi.uniqueSku();
        api.setStock(sku, 5, null);
        api.setStock(scarce, 1, null);

        JsonNode problem = assertProblem(api.reserve(id, lines(line(sku, 2), line(scarce, 2))), 409, ReservationService.INSUFFICIENT_STOCK);

        assertThat(problem.get("shortages").get(0).get("sku").asString()).isEqualTo(scarce);
        assertThat(problem.get("shortages").get(0).get("available").asInt()).isEqualTo(1);
        assertThat(available(sku)).isEqualTo(5);
        assertProblem(api.asService("GET", "/internal/inventory/reservations/" + id, null), 404, "NOT_FOUND");
    }

    @Test
    void answersARetryWithTheSameReservationAndHoldsTheUnitsOnce() {
        api.setStock(sku, 5, null);
        String first = expect(200, api.reserve(id, lines(line(sku, 2)))).json().get("lines").toString();

        String retry = expect(200, api.reserve(id, lines(line(sku, 2)))).json().get("lines").toString();

        assertThat(retry).isEqualTo(first);
        assertThat(available(sku)).isEqualTo(3);
    }

    @Test
    void refusesAReservationIdReusedWithOtherLines() {
        api.setStock(sku, 5, null);
        expect(200, api.reserve(id, lines(line(sku, 2))));

        assertProblem(api.reserve(id, lines(line(sku, 3))), 409, ReservationService.RESERVATION_ID_REUSED);
    }

    @Test
    void splitsALineOverLocationsByPriority() {
        String warehouse = api.addLocation(5);
        api.setStock(sku, 2, null);
        api.setStock(sku, 3, warehouse);

        JsonNode allocations = expect(200, api.reserve(id, lines(line(sku, 4)))).json().get("lines").get(0).get("allocations");

        assertThat(allocations.get(0).get("locationId").asString()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(allocations.get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(allocations.get(1).get("locationId").asString()).isEqualTo(warehouse);
        assertThat(allocations.get(1).get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void neverTakesStockFromAnInactiveLocation() {
        String closed = expect(201, api.asAdmin("POST", "/api/v1/admin/inventory/locations",
                "{\"code\": \"closed-" + sku.toLowerCase() + "\", \"name\": \"Closed\", \"country\": \"DE\", \"priority\": 0, \"active\": false}"))
                .json().get("id").asString();
        api.setStock(sku, 10, closed);

        assertThat(available(sku)).isZero();
        assertProblem(api.reserve(id, lines(line(sku, 1))), 409, ReservationService.INSUFFICIENT_STOCK);
    }

    @Test
    void releasesAReservationOnceAndRefusesToCommitItAfterwards() {
        api.setStock(sku, 5, null);
        expect(200, api.reserve(id, lines(line(sku, 2))));

        expect(200, api.asService("POST", "/internal/inventory/reservations/" + id + "/release", null));
        JsonNode again = expect(200, api.asService("POST", "/internal/inventory/reservations/" + id + "/release", null)).json();

        assertThat(again.get("status").asString()).isEqualTo("RELEASED");
        assertThat(available(sku)).isEqualTo(5);
        assertProblem(api.asService("POST", "/internal/inventory/reservations/" + id + "/commit", null), 409,
                ReservationService.RESERVATION_RELEASED);
    }

    @Test
    void refusesToReleaseACommittedReservation() {
        api.setStock(sku, 5, null);
        expect(200, api.reserve(id, lines(line(sku, 1))));
        expect(200, api.asService("POST", "/internal/inventory/reservations/" + id + "/commit", null));

        assertProblem(api.asService("POST", "/internal/inventory/reservations/" + id + "/release", null), 409,
                ReservationService.RESERVATION_COMMITTED);
    }

    @Test
    void releasesAnExpiredReservationOnItsOwn() {
        api.setStock(sku, 5, null);
        expect(200, api.asService("POST", "/internal/inventory/reservations",
                "{\"reservationId\": \"" + id + "\", \"lines\": " + lines(line(sku, 2)) + ", \"ttlSeconds\": 1}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> available(sku) == 5);
        JsonNode reservation = expect(200, api.asService("GET", "/internal/inventory/reservations/" + id, null)).json();
        assertThat(reservation.get("status").asString()).isEqualTo("EXPIRED");
        assertProblem(api.asService("POST", "/internal/inventory/reservations/" + id + "/commit", null), 409,
                ReservationService.RESERVATION_EXPIRED);
    }

    @Test
    void rejectsAbsurdQuantitiesAndDuplicateLines() {
        assertProblem(api.reserve(id, lines(line(sku, 0))), 400, "VALIDATION_FAILED");
        assertProblem(api.reserve(id, lines(line(sku, 1_000_000))), 400, "VALIDATION_FAILED");
        assertProblem(api.reserve(id, lines(line(sku, 1), line(sku, 2))), 400, "VALIDATION_FAILED");
    }

    private int available(String sku) {
        return expect(200, api.http.get("/api/v1/inventory/" + sku)).json().get("available").asInt();
    }
}
