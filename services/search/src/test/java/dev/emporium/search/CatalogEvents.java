package dev.emporium.search;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Publishes product states the way the catalog does: CloudEvents in Kafka binary mode, key = product id. */
public final class CatalogEvents {

    public static final int PARTITIONS = 3;

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final String topic;

    public CatalogEvents(KafkaTemplate<String, byte[]> kafka, JsonMapper json, String topic) {
        this.kafka = kafka;
        this.json = json;
        this.topic = topic;
        createTopic(topic);
    }

    public String topic() {
        return topic;
    }

    public ProductChangedV1 publish(ProductChangedV1 product) {
        return publish(product, null);
    }

    /** @param partition where to put it (to order it before or after another key's record), or null for by key */
    public ProductChangedV1 publish(ProductChangedV1 product, Integer partition) {
        send(partition, product.productId().toString(), json.writeValueAsBytes(product), cloudEventHeaders(product.productId().toString()));
        return product;
    }

    /** Any bytes and headers under a key: for records that are not valid product events. */
    public void publishRaw(Integer partition, String key, String value, Map<String, String> headers) {
        send(partition, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static Map<String, String> cloudEventHeaders(String subject) {
        return Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/emporium/catalog",
                "ce_type", ProductChangedV1.TYPE, "ce_time", Instant.now().toString(), "ce_subject", subject,
                "content-type", "application/json");
    }

    private void send(Integer partition, String key, byte[] value, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, headerValue) -> recordHeaders.add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(new ProducerRecord<>(topic, partition, key, value, recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Publishing to " + topic + " failed", e);
        }
    }

    /** Compacted, several partitions, like the catalog's topic; creating it again is a no-op. */
    public static void createTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Creating topic " + topic + " failed", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
