package dev.emporium.search.stock;

import dev.emporium.contracts.inventory.StockChangedV1;
import dev.emporium.platform.events.IncomingEvent;
import dev.emporium.platform.events.MalformedEventException;
import dev.emporium.search.SearchProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code inventory.stock} from the beginning into {@link StockLevels} on its own thread, every partition (every
 * replica needs every SKU), without a consumer group: the position is not worth keeping, the topic is compacted.
 * It has caught up once it has read up to the end offsets it saw when it started; until then the replica is not
 * ready ({@code stockFeed} health), since products would show the wrong stock.
 */
@Component
class StockFeed implements SmartLifecycle {

    /** Before the web server starts and after it has stopped, like the index feed. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(StockFeed.class);

    private final StockLevels levels;
    private final SearchProperties properties;
    private final KafkaProperties kafka;
    private final JsonMapper json;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    StockFeed(StockLevels levels, SearchProperties properties, KafkaProperties kafka, JsonMapper json) {
        this.levels = levels;
        this.properties = properties;
        this.kafka = kafka;
        this.json = json;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        caughtUp = false;
        thread = Thread.ofPlatform().name("stock-feed").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** True once the levels hold everything the topic held when this feed started. */
    boolean isCaughtUp() {
        return running && caughtUp;
    }

    String topic() {
        return properties.stockTopic();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = reader;
                List<TopicPartition> partitions = partitions(reader);
                if (partitions.isEmpty()) {
                    // nothing was ever published (search declares the topic, so this is rare): nothing to wait for
                    caughtUp();
                    Thread.sleep(properties.topicRetryInterval());
                    continue;
                }
                reader.assign(partitions);
                reader.seekToBeginning(partitions);
                Map<TopicPartition, Long> target = reader.endOffsets(partitions, Duration.ofSeconds(10));
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : reader.poll(properties.refreshInterval())) {
                        apply(record);
                    }
                    if (!caughtUp && target.entrySet().stream()
                            .allMatch(end -> reader.position(end.getKey(), Duration.ofSeconds(5)) >= end.getValue())) {
                        caughtUp();
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the levels stay (versions make the replay harmless), and so does caughtUp: they were complete once
                log.warn("Reading {} failed; starting over from the beginning", properties.stockTopic(), e);
                sleepQuietly();
            } finally {
                consumer = null;
            }
        }
    }

    private void caughtUp() {
        if (!caughtUp) {
            levels.markComplete();
            caughtUp = true;
            log.info("Stock levels caught up with {} ({} SKUs)", properties.stockTopic(), levels.size());
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            IncomingEvent event = IncomingEvent.of(record, json);
            if (!StockChangedV1.TYPE.equals(event.type())) {
                throw new MalformedEventException("type " + event.type() + ", expected " + StockChangedV1.TYPE);
            }
            levels.apply(event.data(StockChangedV1.class));
        } catch (RuntimeException malformed) {
            log.warn("Skipping a record of {} that is not a stock state (key {}): {}", record.topic(), record.key(), malformed.getMessage());
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> reader) {
        List<PartitionInfo> infos = reader.partitionsFor(properties.stockTopic(), Duration.ofSeconds(10));
        return infos == null ? List.of() : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "stock-feed-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // never create the topic by looking for it: inventory declares it (compacted)
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.topicRetryInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
