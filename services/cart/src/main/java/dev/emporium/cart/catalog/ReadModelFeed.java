package dev.emporium.cart.catalog;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Builds an in-memory read model from a compacted topic, like search's feed: every replica reads every partition
 * from offset 0 on its own thread (no consumer group, nothing committed), so a start rebuilds the model from the
 * latest state per key. A record the applier cannot read is logged and skipped (dead-lettering it would publish a
 * copy per replica). The feed is caught up once it reached the end offsets it saw at start; until then the replica
 * is not ready. Partitions added later are picked up.
 */
public class ReadModelFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

    private final String topic;
    private final Consumer<ConsumerRecord<String, byte[]>> applier;
    private final Map<String, Object> consumerConfig;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private Map<TopicPartition, Long> target;
    private long lastPartitionCheck;

    public ReadModelFeed(String topic, Consumer<ConsumerRecord<String, byte[]>> applier, Map<String, Object> kafkaConsumerProperties) {
        this.topic = topic;
        this.applier = applier;
        Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // no group: every replica reads every partition itself
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "cart-feed-" + topic + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig = config;
    }

    public boolean isCaughtUp() {
        return running && caughtUp;
    }

    public String topic() {
        return topic;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("cart-feed-" + topic).daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts and after it stops. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafka;
            while (running) {
                try {
                    step(kafka);
                } catch (WakeupException e) {
                    // stop(): the loop condition decides
                } catch (RuntimeException e) {
                    if (running) {
                        log.warn("Reading {} failed; trying again", topic, e);
                        pause();
                    }
                }
            }
        } finally {
            consumer = null;
        }
    }

    private void step(KafkaConsumer<String, byte[]> kafka) {
        if (kafka.assignment().isEmpty() || System.nanoTime() - lastPartitionCheck > PARTITION_CHECK.toNanos()) {
            if (!assign(kafka)) {
                pause();
                return;
            }
        }
        if (!caughtUp && target == null) {
            target = kafka.endOffsets(kafka.assignment(), Duration.ofSeconds(10));
        }
        for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
            try {
                applier.accept(record);
            } catch (RuntimeException e) {
                log.warn("Skipping record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
            }
        }
        if (!caughtUp && target.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue())) {
            caughtUp = true;
            log.info("Read model of {} caught up", topic);
        }
    }

    private boolean assign(KafkaConsumer<String, byte[]> kafka) {
        lastPartitionCheck = System.nanoTime();
        List<PartitionInfo> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            return !kafka.assignment().isEmpty();
        }
        Set<TopicPartition> added = new HashSet<>();
        partitions.forEach(p -> added.add(new TopicPartition(p.topic(), p.partition())));
        added.removeAll(kafka.assignment());
        if (!added.isEmpty()) {
            Set<TopicPartition> all = new HashSet<>(kafka.assignment());
            all.addAll(added);
            kafka.assign(all);
            kafka.seekToBeginning(added);
            log.info("Reading {} partitions of {} from the beginning", added.size(), topic);
        }
        return true;
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
