package dev.emporium.inventory.stock;

import static dev.emporium.inventory.InventoryApi.expect;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.inventory.InventoryApi;
import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest
class StockAdministrationTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    InventoryApi api;
    String sku = InventoryApi.uniqueSku();

    @BeforeEach
    void client() {
        api = new InventoryApi(port);
    }

    @Test
    void setsStockAtTheDefaultLocation() {
        JsonNode stock = expect(200, api.asAdmin("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 12}")).json();

        assertThat(stock.get("onHand").asInt()).isEqualTo(12);
        assertThat(stock.get("available").asInt()).isEqualTo(12);
        assertThat(stock.get("locations").get(0).get("code").asString()).isEqualTo("default");
        assertThat(stock.get("lowStockThreshold").asInt()).isEqualTo(5);
    }

    @Test
    void recordsEachAdjustmentAsAMovementWithItsReasonAndActor() {
        api.setStock(sku, 10, null);
        expect(200, api.asAdmin("POST", "/api/v1/admin/inventory/" + sku + "/adjustments",
                "{\"delta\": -3, \"reason\": \"DAMAGED\", \"reference\": \"broken in transit\"}"));

        JsonNode movements = expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/" + sku + "/movements", null)).json();
        assertThat(movements.get("totalItems").asInt()).isEqualTo(2);
        JsonNode latest = movements.get("items").get(0);
        assertThat(latest.get("delta").asInt()).isEqualTo(-3);
        assertThat(latest.get("onHandAfter").asInt()).isEqualTo(7);
        assertThat(latest.get("reason").asString()).isEqualTo("DAMAGED");
        assertThat(latest.get("reference").asString()).isEqualTo("broken in transit");
        assertThat(latest.get("actor").asString()).isNotBlank();
        LedgerInvariants.assertHold(jdbc, "after adjustments");
    }

    @Test
    void refusesToTakeOnHandBelowWhatIsReserved() {
        api.setStock(sku, 5, null);
        expect(200, api.reserve(UUID.randomUUID(), InventoryApi.lines(InventoryApi.line(sku, 4))));

        assertProblem(api.asAdmin("POST", "/api/v1/admin/inventory/" + sku + "/adjustments",
                "{\"delta\": -2, \"reason\": \"DAMAGED\"}"), 409, StockService.STOCK_BELOW_RESERVED);
        assertProblem(api.asAdmin("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 3}"), 409, StockService.STOCK_BELOW_RESERVED);
    }

    @Test
    void rejectsAnUnknownAdjustmentReason() {
        assertProblem(api.asAdmin("POST", "/api/v1/admin/inventory/" + sku + "/adjustments",
                "{\"delta\": 2, \"reason\": \"STOLEN\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void rejectsAZeroAdjustment() {
        assertProblem(api.asAdmin("POST", "/api/v1/admin/inventory/" + sku + "/adjustments",
                "{\"delta\": 0, \"reason\": \"OTHER\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void rejectsNegativeStock() {
        assertProblem(api.asAdmin("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": -1}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void refusesCustomers() {
        assertProblem(api.asCustomer("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 1}"), 403, "FORBIDDEN");
        assertProblem(api.asCustomer("POST", "/internal/inventory/reservations", "{}"), 403, "FORBIDDEN");
    }

    @Test
    void leavesReservationsToServicesWithTheReservationScope() {
        assertProblem(api.asAdmin("POST", "/internal/inventory/reservations", "{}"), 403, "FORBIDDEN");
        assertProblem(api.http.send("POST", "/internal/inventory/reservations", "{}", "Authorization",
                "Bearer " + dev.emporium.testsupport.TestJwts.get().service("cart")), 403, "FORBIDDEN");
        assertProblem(api.http.post("/internal/inventory/reservations", "{}"), 401, "UNAUTHORIZED");
    }

    @Test
    void answersNotFoundForAnUnknownSku() {
        assertProblem(api.asAdmin("GET", "/api/v1/admin/inventory/" + sku, null), 404, "NOT_FOUND");
        assertProblem(api.http.get("/api/v1/inventory/" + sku), 404, "NOT_FOUND");
    }

    @Test
    void showsAvailabilityToAnyone() {
        api.setStock(sku, 3, null);

        JsonNode availability = expect(200, api.http.get("/api/v1/inventory/" + sku)).json();
        assertThat(availability.get("available").asInt()).isEqualTo(3);
        assertThat(availability.get("inStock").asBoolean()).isTrue();
    }

    @Test
    void showsTheAvailabilityOfSeveralSkusInTheOrderAsked() {
        String other = InventoryApi.uniqueSku();
        api.setStock(sku, 2, null);

        JsonNode items = expect(200, api.http.get("/api/v1/inventory?skus=" + other + "," + sku)).json().get("items");
        assertThat(items.get(0).get("sku").asString()).isEqualTo(other);
        assertThat(items.get(0).get("inStock").asBoolean()).isFalse();
        assertThat(items.get(1).get("available").asInt()).isEqualTo(2);
    }

    @Test
    void refusesMoreThanAHundredSkusAtOnce() {
        StringBuilder skus = new StringBuilder("S0");
        for (int i = 1; i <= 100; i++) {
            skus.append(",S").append(i);
        }
        assertProblem(api.http.get("/api/v1/inventory?skus=" + skus), 400, "VALIDATION_FAILED");
    }

    @Test
    void listsSkusAtOrUnderTheirThresholdAsLowStock() {
        String plenty = InventoryApi.uniqueSku();
        api.setStock(sku, 2, null);
        api.setStock(plenty, 50, null);

        TestHttp.Response low = expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/low-stock?size=100", null));
        assertThat(low.body()).contains(sku).doesNotContain(plenty);
    }

    @Test
    void usesASkusOwnThreshold() {
        expect(200, api.asAdmin("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 30, \"lowStockThreshold\": 40}"));

        JsonNode stock = expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/" + sku, null)).json();
        assertThat(stock.get("lowStockThreshold").asInt()).isEqualTo(40);
        assertThat(stock.get("lowStock").asBoolean()).isTrue();
    }
}
