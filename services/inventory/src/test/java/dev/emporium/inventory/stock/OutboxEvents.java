package dev.emporium.inventory.stock;

import dev.emporium.contracts.Topics;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What inventory wrote to its outbox for a SKU, in the order it goes to Kafka: exactly the events its committed
 * transactions published, without waiting for the relay.
 */
final class OutboxEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    OutboxEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SKU's states on inventory.stock ({@code StockChangedV1}), oldest first. */
    List<JsonNode> states(String sku) {
        return payloads(Topics.INVENTORY_STOCK, sku);
    }

    /** The SKU's alerts on inventory.stock-alerts ({@code StockLowV1}), oldest first. */
    List<JsonNode> alerts(String sku) {
        return payloads(Topics.INVENTORY_STOCK_ALERTS, sku);
    }

    private List<JsonNode> payloads(String topic, String sku) {
        return jdbc.sql("SELECT payload FROM platform.outbox_event WHERE topic = :topic AND event_key = :sku ORDER BY seq")
                .param("topic", topic).param("sku", sku).query(String.class).list().stream().map(JSON::readTree).toList();
    }
}
