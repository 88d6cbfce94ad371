package dev.emporium.inventory.stock;

import static dev.emporium.inventory.InventoryApi.expect;
import static dev.emporium.inventory.InventoryApi.line;
import static dev.emporium.inventory.InventoryApi.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.Topics;
import dev.emporium.inventory.InventoryApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * inventory.stock-alerts: one StockLowV1 each time a SKU goes from above its low-stock threshold (5 unless it has its
 * own) to at or under it, whatever takes it there, and none while it stays low.
 */
@EmporiumServiceTest
class StockAlertsTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    InventoryApi api;
    OutboxEvents outbox;
    String sku = InventoryApi.uniqueSku();

    @BeforeEach
    void client() {
        api = new InventoryApi(port);
        outbox = new OutboxEvents(jdbc);
    }

    @Test
    void alertsOnceWhenAReservationTakesTheSkuToItsThreshold() {
        api.setStock(sku, 8, null);
        expect(200, api.reserve(UUID.randomUUID(), lines(line(sku, 2))));
        expect(200, api.reserve(UUID.randomUUID(), lines(line(sku, 1))));

        JsonNode alert = onlyAlert();
        assertThat(alert.get("available").asInt()).isEqualTo(5);
        assertThat(alert.get("threshold").asInt()).isEqualTo(5);
        assertThat(alert.get("version").asLong()).isEqualTo(outbox.states(sku).getLast().get("version").asLong());
    }

    @Test
    void staysSilentWhileTheSkuStaysLow() {
        api.setStock(sku, 6, null);
        UUID reservation = UUID.randomUUID();
        expect(200, api.reserve(reservation, lines(line(sku, 2))));
        expect(200, api.reserve(UUID.randomUUID(), lines(line(sku, 1))));
        expect(200, api.asService("POST", "/internal/inventory/reservations/" + reservation + "/commit", null));
        adjust(-1, "DAMAGED");

        assertThat(onlyAlert().get("available").asInt()).isEqualTo(4);
    }

    @Test
    void rearmsWhenTheSkuGoesBackAboveItsThreshold() {
        api.setStock(sku, 10, null);
        UUID reservation = UUID.randomUUID();
        expect(200, api.reserve(reservation, lines(line(sku, 6))));
        expect(200, api.asService("POST", "/internal/inventory/reservations/" + reservation + "/release", null));
        adjust(-7, "COUNT_CORRECTION");

        assertThat(outbox.alerts(sku)).extracting(alert -> alert.get("available").asInt()).containsExactly(4, 3);
    }

    @Test
    void alertsWhenSettingStockTakesTheSkuUnderItsThreshold() {
        api.setStock(sku, 20, null);
        api.setStock(sku, 1, null);

        assertThat(onlyAlert().get("available").asInt()).isEqualTo(1);
    }

    @Test
    void alertsWhenARaisedThresholdPutsTheSkuAtOrUnderIt() {
        api.setStock(sku, 8, null);
        expect(200, api.asAdmin("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 8, \"lowStockThreshold\": 8}"));

        JsonNode alert = onlyAlert();
        assertThat(alert.get("available").asInt()).isEqualTo(8);
        assertThat(alert.get("threshold").asInt()).isEqualTo(8);
    }

    @Test
    void doesNotAlertForASkuThatWasNeverAboveItsThreshold() {
        api.setStock(sku, 3, null);
        adjust(-1, "DAMAGED");

        assertThat(outbox.states(sku)).hasSize(2).allMatch(state -> state.get("lowStock").asBoolean());
        assertThat(outbox.alerts(sku)).isEmpty();
    }

    @Test
    void publishesAlertsThatConformToTheContract() {
        api.setStock(sku, 6, null);
        adjust(-2, "DAMAGED");

        List<ConsumerRecord<String, byte[]>> records = TestKafka.read(Topics.INVENTORY_STOCK_ALERTS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> sku.equals(r.key())));

        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> sku.equals(r.key())).findFirst().orElseThrow();
        EventContracts.assertConforms(record);
        assertThat(JsonMapper.builder().build().readTree(record.value()).get("available").asInt()).isEqualTo(4);
    }

    private void adjust(int delta, String reason) {
        expect(200, api.asAdmin("POST", "/api/v1/admin/inventory/" + sku + "/adjustments",
                "{\"delta\": " + delta + ", \"reason\": \"" + reason + "\"}"));
    }

    private JsonNode onlyAlert() {
        List<JsonNode> alerts = outbox.alerts(sku);
        assertThat(alerts).as("alerts of %s", sku).hasSize(1);
        assertThat(alerts.getFirst().get("sku").asString()).isEqualTo(sku);
        return alerts.getFirst();
    }
}
