package dev.emporium.search.indexing;

import dev.emporium.search.SearchProperties;
import dev.emporium.search.index.ProductIndex;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;

/**
 * Feeds an index from one topic on one dedicated thread, with an {@link EventApplier} for what the records mean.
 * The feed reads every partition itself (every replica needs every record) and commits the consumed offsets in the
 * Lucene commit, so after a crash the index and its position agree and an empty index directory means "replay from
 * the beginning" ({@link FeedLoop}, {@link PartitionAssigner}, {@link IndexCheckpoint}). Applying must be idempotent
 * (a few records may be applied again after a failure). A new topic is a subclass naming its topic and applier.
 */
public class IndexFeed implements SmartLifecycle {

    /** Before the web server starts and after it has stopped, so no request meets a closed index. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(IndexFeed.class);
    private static final Duration FAILURE_BACKOFF = Duration.ofSeconds(1);

    private final String topic;
    private final ProductIndex index;
    private final SearchProperties properties;
    private final KafkaProperties kafka;
    private final FeedLoop loop;
    private final FeedPause pause = new FeedPause();
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;

    IndexFeed(String topic, ProductIndex index, EventApplier applier, SearchProperties properties, KafkaProperties kafka) {
        this.topic = topic;
        this.index = index;
        this.properties = properties;
        this.kafka = kafka;
        this.loop = new FeedLoop(topic, index, applier, properties);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        loop.open();
        running = true;
        thread = Thread.ofPlatform().name("index-feed-" + topic).daemon(false).start(this::run);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        index.close();
        log.info("Stopped indexing {}", topic);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Wipes the index and replays the topic from offset 0, on the feeding thread. */
    public void requestRebuild() {
        rebuildRequested.set(true);
        wake();
    }

    /** True once the index reflects everything the topic held when indexing (or the last rebuild) started. */
    public boolean isCaughtUp() {
        return running && loop.isCaughtUp();
    }

    public String topic() {
        return topic;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafkaConsumer = newConsumer()) {
            consumer = kafkaConsumer;
            while (running) {
                try {
                    if (!loop.step(kafkaConsumer, rebuildRequested.getAndSet(false))) {
                        sleep(properties.topicRetryInterval());
                    }
                } catch (WakeupException e) {
                    // stop() or a rebuild request: the loop condition and the next step decide
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    log.warn("Kafka did not answer in time ({}); trying again", e.getMessage());
                    sleep(properties.topicRetryInterval());
                } catch (Exception e) {
                    if (!running) {
                        break;
                    }
                    log.warn("Indexing {} failed; retrying from the last applied record", topic, e);
                    loop.recover(kafkaConsumer);
                    sleep(FAILURE_BACKOFF);
                }
            }
            loop.commitQuietly();
        } catch (RuntimeException e) {
            log.error("The feed of {} stopped unexpectedly", topic, e);
        } finally {
            consumer = null;
        }
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // no group: every replica reads every partition itself
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "index-feed-" + topic + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // never create the topic by looking for it: its owner declares it (compacted)
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // a stored offset the topic no longer has (recreated topic): replay what there is
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void wake() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        pause.wake();
    }

    private void sleep(Duration duration) {
        pause.sleep(duration, () -> !running || rebuildRequested.get());
    }
}
