package dev.emporium.search.indexing;

import dev.emporium.platform.events.MalformedEventException;
import dev.emporium.search.SearchProperties;
import dev.emporium.search.index.ProductFields;
import dev.emporium.search.index.ProductIndex;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
 * Feeds the index from {@code catalog.products} on one dedicated thread.
 * <p>
 * Every replica needs every product, so this is a plain consumer that assigns itself all partitions (no consumer
 * group, no committed group offsets). The offsets it has consumed are stored in the Lucene commit itself, so after a
 * crash the index and its position in the topic agree; an empty index directory means "replay from the beginning".
 * Indexing is idempotent (upsert by product id, ignoring older versions), so replaying a few records is harmless.
 */
@Component
public class ProductFeed implements SmartLifecycle {

    /** Before the web server starts and after it has stopped, so no request meets a closed index. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    static final String SCHEMA_KEY = "emporium.schema";
    static final String TOPIC_KEY = "emporium.topic";
    static final String OFFSET_KEY_PREFIX = "emporium.offset.";

    private static final Logger log = LoggerFactory.getLogger(ProductFeed.class);
    private static final Duration FAILURE_BACKOFF = Duration.ofSeconds(1);

    private final ProductIndex index;
    private final SearchProperties properties;
    private final KafkaProperties kafka;
    private final ProductEventReader reader;
    private final Counter malformed;
    private final Counter stale;
    private final Counter upserts;
    private final Counter removals;
    private final CatchUp catchUp = new CatchUp();
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private final Object pause = new Object();

    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;

    // confined to the feeding thread (handed over by start() and back by stop() through thread start/join)
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
    private Map<String, Long> versions = new HashMap<>();
    private boolean uncommitted;
    private boolean unrefreshed;
    private long lastCommit;
    private long lastRefresh;
    private long lastPartitionCheck;
    private boolean waitingForTopic;

    public ProductFeed(ProductIndex index, SearchProperties properties, KafkaProperties kafka, JsonMapper json,
            MeterRegistry meters) {
        this.index = index;
        this.properties = properties;
        this.kafka = kafka;
        this.reader = new ProductEventReader(json);
        this.malformed = Counter.builder("search.events.malformed")
                .description("Records of the products topic skipped because they were not valid product events")
                .register(meters);
        this.stale = Counter.builder("search.events.stale")
                .description("Product events ignored because the index already held a newer version")
                .register(meters);
        this.upserts = Counter.builder("search.events.applied").tag("action", "upsert").register(meters);
        this.removals = Counter.builder("search.events.applied").tag("action", "remove").register(meters);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        Map<String, String> committed = index.open();
        try {
            restore(committed);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw new IllegalStateException("Cannot restore the search index at " + index.directory(), e);
        }
        catchUp.reset();
        running = true;
        thread = Thread.ofPlatform().name("search-indexer").daemon(false).start(this::run);
        log.info("Indexing {} into {} ({} products, resuming at {})", properties.productsTopic(), index.directory(),
                versions.size(), nextOffsets.isEmpty() ? "the beginning" : nextOffsets);
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
        log.info("Stopped indexing {}", properties.productsTopic());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Wipes the index and replays the topic from offset 0, on the indexing thread. */
    public void requestRebuild() {
        rebuildRequested.set(true);
        wake();
    }

    /** True once the index reflects everything the topic held when indexing (or the last rebuild) started. */
    public boolean isCaughtUp() {
        return running && catchUp.isCaughtUp();
    }

    public String topic() {
        return properties.productsTopic();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafkaConsumer = newConsumer()) {
            consumer = kafkaConsumer;
            while (running) {
                try {
                    step(kafkaConsumer);
                } catch (WakeupException e) {
                    // stop() or a rebuild request: the loop condition and the next step decide
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    log.warn("Kafka did not answer in time ({}); trying again", e.getMessage());
                    sleep(properties.topicRetryInterval());
                } catch (Exception e) {
                    if (!running) {
                        break;
                    }
                    log.warn("Indexing {} failed; retrying from the last applied record", properties.productsTopic(), e);
                    recover(kafkaConsumer);
                    sleep(FAILURE_BACKOFF);
                }
            }
            commitQuietly();
        } catch (RuntimeException e) {
            log.error("The search indexer stopped unexpectedly", e);
        } finally {
            consumer = null;
        }
    }

    private void step(KafkaConsumer<String, byte[]> kafkaConsumer) throws IOException {
        if (rebuildRequested.getAndSet(false)) {
            wipe(kafkaConsumer);
        }
        long now = System.nanoTime();
        if (kafkaConsumer.assignment().isEmpty() || now - lastPartitionCheck >= properties.partitionCheckInterval().toNanos()) {
            if (!assign(kafkaConsumer)) {
                sleep(properties.topicRetryInterval());
                return;
            }
        }
        if (!catchUp.isCaughtUp() && !catchUp.expecting()) {
            // the end offsets as of now are what "complete" means for this start (or rebuild)
            catchUp.expect(kafkaConsumer.endOffsets(kafkaConsumer.assignment(), Duration.ofSeconds(10)));
        }
        ConsumerRecords<String, byte[]> records = kafkaConsumer.poll(properties.refreshInterval());
        for (ConsumerRecord<String, byte[]> record : records) {
            apply(record);
            nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            uncommitted = true;
        }
        if (catchUp.expecting()) {
            catchUp.update(partition -> kafkaConsumer.position(partition, Duration.ofSeconds(5)));
        }
        maybeRefresh();
        maybeCommit();
    }

    /** Assigns every partition of the topic; false if the topic does not exist yet (the catalog creates it). */
    private boolean assign(KafkaConsumer<String, byte[]> kafkaConsumer) {
        lastPartitionCheck = System.nanoTime();
        List<PartitionInfo> partitions = kafkaConsumer.partitionsFor(properties.productsTopic(), Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            if (kafkaConsumer.assignment().isEmpty()) {
                if (!waitingForTopic) {
                    log.info("Topic {} does not exist yet; looking for it every {}", properties.productsTopic(),
                            properties.topicRetryInterval());
                    waitingForTopic = true;
                }
                catchUp.nothingToCatchUp();
                return false;
            }
            return true; // a metadata hiccup: keep what we have
        }
        waitingForTopic = false;
        Set<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .collect(Collectors.toSet());
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(kafkaConsumer.assignment());
        if (added.isEmpty()) {
            return true;
        }
        Set<TopicPartition> assignment = new HashSet<>(kafkaConsumer.assignment());
        assignment.addAll(added);
        kafkaConsumer.assign(assignment);
        for (TopicPartition partition : added) {
            seekToNext(kafkaConsumer, partition);
        }
        if (!catchUp.isCaughtUp()) {
            catchUp.reset(); // the next step expects the end offsets of all partitions, the added ones included
        }
        log.info("Consuming {} partitions of {}", assignment.size(), properties.productsTopic());
        return true;
    }

    private void apply(ConsumerRecord<String, byte[]> record) throws IOException {
        ProductEventReader.Change change;
        try {
            change = reader.read(record);
        } catch (MalformedEventException e) {
            skip(record, e);
            return;
        }
        Long known = versions.get(change.productId());
        switch (change) {
            case ProductEventReader.Upsert upsert -> {
                long version = upsert.product().version();
                if (known != null && version < known) {
                    stale.increment();
                    return;
                }
                try {
                    index.upsert(upsert.productId(), ProductFields.document(upsert.product(), true));
                } catch (IllegalArgumentException | NullPointerException unindexable) {
                    // e.g. a term longer than Lucene allows: this record can never be indexed, retrying would block
                    skip(record, unindexable);
                    return;
                }
                versions.put(upsert.productId(), version);
                upserts.increment();
            }
            case ProductEventReader.Remove remove -> {
                if (remove.version() != null && known != null && remove.version() < known) {
                    stale.increment();
                    return;
                }
                index.delete(remove.productId());
                if (remove.version() == null) {
                    versions.remove(remove.productId());
                } else {
                    // remembered so that a replayed older ACTIVE state does not bring it back
                    versions.put(remove.productId(), remove.version());
                }
                removals.increment();
            }
        }
        unrefreshed = true;
    }

    private void skip(ConsumerRecord<String, byte[]> record, Exception why) {
        malformed.increment();
        log.warn("Skipping a record that is not a valid product event (key {}): {}", record.key(), why.getMessage());
    }

    /** Empties the index and starts over from offset 0 of every partition. */
    private void wipe(KafkaConsumer<String, byte[]> kafkaConsumer) throws IOException {
        log.info("Rebuilding the search index from {}", properties.productsTopic());
        catchUp.reset(); // not ready until the replay has caught up
        index.deleteAll();
        versions = new HashMap<>();
        nextOffsets.clear();
        index.commit(commitData());
        index.refresh();
        lastCommit = System.nanoTime();
        uncommitted = false;
        Set<TopicPartition> assignment = kafkaConsumer.assignment();
        if (assignment.isEmpty()) {
            lastPartitionCheck = 0; // look for the topic right away
        } else {
            kafkaConsumer.seekToBeginning(assignment);
        }
    }

    /** Reads back what the index holds: its offsets, and its products' versions. */
    private void restore(Map<String, String> committed) throws IOException {
        nextOffsets.clear();
        boolean compatible = ProductFields.SCHEMA_VERSION.equals(committed.get(SCHEMA_KEY))
                && properties.productsTopic().equals(committed.get(TOPIC_KEY));
        if (!committed.isEmpty() && !compatible) {
            log.info("The index at {} was built with another schema or topic ({}); rebuilding it", index.directory(), committed);
            index.deleteAll();
            index.commit(commitData());
        } else {
            committed.forEach((key, value) -> {
                if (key.startsWith(OFFSET_KEY_PREFIX)) {
                    int partition = Integer.parseInt(key.substring(OFFSET_KEY_PREFIX.length()));
                    nextOffsets.put(new TopicPartition(properties.productsTopic(), partition), Long.parseLong(value));
                }
            });
        }
        versions = index.versions();
        uncommitted = false;
        unrefreshed = false;
        lastCommit = System.nanoTime();
        lastRefresh = System.nanoTime();
        lastPartitionCheck = 0;
    }

    /** After a failure: resume each partition at the first record not yet applied (reopening a broken index). */
    private void recover(KafkaConsumer<String, byte[]> kafkaConsumer) {
        try {
            if (!index.isOpen()) {
                log.warn("The index writer at {} failed; reopening it from its last commit", index.directory());
                closeQuietly();
                restore(index.open());
            }
            for (TopicPartition partition : kafkaConsumer.assignment()) {
                seekToNext(kafkaConsumer, partition);
            }
        } catch (Exception e) {
            log.warn("Recovering the indexer failed; trying again", e);
        }
    }

    private void seekToNext(KafkaConsumer<String, byte[]> kafkaConsumer, TopicPartition partition) {
        Long next = nextOffsets.get(partition);
        if (next == null) {
            kafkaConsumer.seekToBeginning(List.of(partition));
        } else {
            kafkaConsumer.seek(partition, next);
        }
    }

    private void maybeRefresh() throws IOException {
        long now = System.nanoTime();
        if (unrefreshed && now - lastRefresh >= properties.refreshInterval().toNanos()) {
            index.refresh();
            lastRefresh = now;
            unrefreshed = false;
        }
    }

    private void maybeCommit() throws IOException {
        long now = System.nanoTime();
        if (uncommitted && now - lastCommit >= properties.commitInterval().toNanos()) {
            index.commit(commitData());
            lastCommit = now;
            uncommitted = false;
        }
    }

    private void commitQuietly() {
        if (!uncommitted || !index.isOpen()) {
            return;
        }
        try {
            index.commit(commitData());
            uncommitted = false;
        } catch (IOException | RuntimeException e) {
            log.warn("Committing the search index on shutdown failed; the next start replays from the last commit", e);
        }
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, ProductFields.SCHEMA_VERSION);
        data.put(TOPIC_KEY, properties.productsTopic());
        nextOffsets.forEach((partition, offset) -> data.put(OFFSET_KEY_PREFIX + partition.partition(), Long.toString(offset)));
        return data;
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // no group: every replica reads every partition itself
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-indexer-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // never create the topic by looking for it: the catalog declares it (compacted)
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // a stored offset the topic no longer has (recreated topic): replay what there is
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void closeQuietly() {
        try {
            index.close();
        } catch (RuntimeException e) {
            log.debug("Closing the broken index writer", e);
        }
    }

    private void wake() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    /** Waits without interrupting the thread: an interrupt would close Lucene's file channels. */
    private void sleep(Duration duration) {
        synchronized (pause) {
            if (!running || rebuildRequested.get()) {
                return;
            }
            try {
                pause.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
