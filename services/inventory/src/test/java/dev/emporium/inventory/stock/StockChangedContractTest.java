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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What inventory puts on inventory.stock is what docs/api/asyncapi.json says, and says the SKU's availability. */
@EmporiumServiceTest
class StockChangedContractTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;

    @Test
    void publishesEachChangeAsTheSkusFullAvailabilityWithARisingVersion() {
        InventoryApi api = new InventoryApi(port);
        String sku = InventoryApi.uniqueSku();
        api.setStock(sku, 7, null);
        expect(200, api.reserve(UUID.randomUUID(), lines(line(sku, 4))));

        List<JsonNode> states = awaitStates(sku, 2);

        assertThat(states.get(0).get("available").asInt()).isEqualTo(7);
        assertThat(states.get(0).get("lowStock").asBoolean()).isFalse();
        assertThat(states.get(1).get("available").asInt()).isEqualTo(3);
        assertThat(states.get(1).get("inStock").asBoolean()).isTrue();
        assertThat(states.get(1).get("lowStock").asBoolean()).isTrue();
        assertThat(states.get(1).get("version").asLong()).isGreaterThan(states.get(0).get("version").asLong());
    }

    @Test
    void publishesEventsThatConformToTheContract() {
        InventoryApi api = new InventoryApi(port);
        String sku = InventoryApi.uniqueSku();
        api.setStock(sku, 0, null);

        List<ConsumerRecord<String, byte[]>> records = TestKafka.read(Topics.INVENTORY_STOCK, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> sku.equals(r.key())));

        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> sku.equals(r.key())).findFirst().orElseThrow();
        EventContracts.assertConforms(record);
        assertThat(JSON.readTree(record.value()).get("inStock").asBoolean()).isFalse();
    }

    static List<JsonNode> awaitStates(String sku, int count) {
        return TestKafka.read(Topics.INVENTORY_STOCK, Duration.ofSeconds(20),
                        read -> read.stream().filter(r -> sku.equals(r.key())).count() >= count)
                .stream().filter(r -> sku.equals(r.key())).map(r -> JSON.readTree(r.value())).toList();
    }
}
