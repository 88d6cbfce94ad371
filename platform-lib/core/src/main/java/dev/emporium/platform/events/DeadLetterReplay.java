package dev.emporium.platform.events;

import dev.emporium.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends what a consumer dead-lettered back onto the topic it came from, once the cause is fixed. Each record keeps
 * its key (so its partition) and its CloudEvents headers, above all {@code ce_id}: consumers that had handled it
 * skip it, the one that failed handles it now. Progress is committed under the consumer group
 * {@code <application>.dlt-replay}, so a second replay sends only what was dead-lettered since; a replay stops at
 * the end the DLT had when it began, so a record that fails again is not looped over.
 *
 * <p>A replayed full-state event lands after any newer state of its key; consumers of such topics ignore events
 * older than the version they hold, so the newer state still wins.
 */
public class DeadLetterReplay {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

    private final Map<String, Object> consumerConfig;
    private final KafkaOperations<String, byte[]> kafka;

    DeadLetterReplay(Map<String, Object> consumerConfig, String applicationName, KafkaOperations<String, byte[]> kafka) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, applicationName + ".dlt-replay");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerConfig = Map.copyOf(config);
        this.kafka = kafka;
    }

    /** @return how many records went back onto {@code topic} */
    public int replay(String topic) {
        String deadLetterTopic = Topics.deadLetterTopicOf(topic);
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            int replayed = 0;
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Replay of " + deadLetterTopic + " did not reach its end in " + GIVE_UP_AFTER);
                }
                List<CompletableFuture<?>> sends = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    sends.add(kafka.send(new ProducerRecord<>(topic, null, record.key(), record.value(), original(record))));
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                awaitAll(sends);
                replayed += sends.size();
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
            return replayed;
        }
    }

    private static boolean caughtUp(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** The record's own headers, without what the dead-letter publisher added about the failure. */
    private static RecordHeaders original(ConsumerRecord<String, byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-")) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Replay could not send to Kafka: " + e.getCause(), e.getCause());
        }
    }
}
