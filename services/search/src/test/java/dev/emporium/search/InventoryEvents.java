package dev.emporium.search;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.inventory.StockChangedV1;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Publishes SKU availability the way inventory does: CloudEvents in Kafka binary mode on inventory.stock, key = sku. */
public final class InventoryEvents {

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final String topic;

    public InventoryEvents(KafkaTemplate<String, byte[]> kafka, JsonMapper json) {
        this(kafka, json, Topics.INVENTORY_STOCK);
    }

    /** On a topic of the test's own (which must exist). */
    public InventoryEvents(KafkaTemplate<String, byte[]> kafka, JsonMapper json, String topic) {
        this.kafka = kafka;
        this.json = json;
        this.topic = topic;
    }

    public void publish(String sku, int available, long version) {
        publish(sku, available, version, null);
    }

    /** @param partition where to put it (to order it before or after another key's record), or null for by key */
    public void publish(String sku, int available, long version, Integer partition) {
        StockChangedV1 state = new StockChangedV1(sku, available, available > 0, available <= 5, version, Instant.now());
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/emporium/inventory",
                        "ce_type", StockChangedV1.TYPE, "ce_time", Instant.now().toString(), "ce_subject", sku,
                        "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(new ProducerRecord<>(topic, partition, sku, json.writeValueAsBytes(state), headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Publishing to " + topic + " failed", e);
        }
    }
}
