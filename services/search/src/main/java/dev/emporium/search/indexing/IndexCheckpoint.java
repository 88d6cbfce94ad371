package dev.emporium.search.indexing;

import dev.emporium.search.index.ProductIndex;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feed's position in its topic, made durable in the Lucene commit itself (user data: schema, topic, next offset
 * per partition), so after a crash the index and its position agree: what the last commit holds is exactly what
 * the records before its offsets made. Also times the near-real-time refreshes and the commits.
 * Confined to the feeding thread.
 */
final class IndexCheckpoint {

    static final String SCHEMA_KEY = "emporium.schema";
    static final String TOPIC_KEY = "emporium.topic";
    static final String OFFSET_KEY_PREFIX = "emporium.offset.";

    private static final Logger log = LoggerFactory.getLogger(IndexCheckpoint.class);

    private final ProductIndex index;
    private final String topic;
    private final String schemaVersion;
    private final Duration refreshInterval;
    private final Duration commitInterval;
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
    private boolean uncommitted;
    private boolean unrefreshed;
    private long lastCommit;
    private long lastRefresh;

    IndexCheckpoint(ProductIndex index, String topic, String schemaVersion, Duration refreshInterval, Duration commitInterval) {
        this.index = index;
        this.topic = topic;
        this.schemaVersion = schemaVersion;
        this.refreshInterval = refreshInterval;
        this.commitInterval = commitInterval;
    }

    /** Takes the position from the last commit; an index built with another schema or topic is emptied instead. */
    void restore(Map<String, String> committed) throws IOException {
        nextOffsets.clear();
        boolean compatible = schemaVersion.equals(committed.get(SCHEMA_KEY)) && topic.equals(committed.get(TOPIC_KEY));
        if (!committed.isEmpty() && !compatible) {
            log.info("The index at {} was built with another schema or topic ({}); rebuilding it", index.directory(), committed);
            index.deleteAll();
            index.commit(commitData());
        } else {
            committed.forEach((key, value) -> {
                if (key.startsWith(OFFSET_KEY_PREFIX)) {
                    int partition = Integer.parseInt(key.substring(OFFSET_KEY_PREFIX.length()));
                    nextOffsets.put(new TopicPartition(topic, partition), Long.parseLong(value));
                }
            });
        }
        uncommitted = false;
        unrefreshed = false;
        lastCommit = System.nanoTime();
        lastRefresh = System.nanoTime();
    }

    /** The first offset not yet applied, or null to start at the beginning. */
    Long next(TopicPartition partition) {
        return nextOffsets.get(partition);
    }

    void applied(ConsumerRecord<String, byte[]> record, boolean changedIndex) {
        nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        uncommitted = true;
        unrefreshed |= changedIndex;
    }

    /** Documents changed besides the topic's records (in-stock flags): refreshed on time, not committed for it. */
    void changedBesidesRecords() {
        unrefreshed = true;
    }

    /** The index was emptied: back to offset 0, made durable (and visible) at once. */
    void startOver() throws IOException {
        nextOffsets.clear();
        index.commit(commitData());
        index.refresh();
        lastCommit = System.nanoTime();
        uncommitted = false;
    }

    void maybeRefresh() throws IOException {
        long now = System.nanoTime();
        if (unrefreshed && now - lastRefresh >= refreshInterval.toNanos()) {
            index.refresh();
            lastRefresh = now;
            unrefreshed = false;
        }
    }

    void maybeCommit() throws IOException {
        long now = System.nanoTime();
        if (uncommitted && now - lastCommit >= commitInterval.toNanos()) {
            index.commit(commitData());
            lastCommit = now;
            uncommitted = false;
        }
    }

    /** On a graceful stop; a crash instead replays from the last commit. */
    void commitQuietly() {
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

    @Override
    public String toString() {
        return nextOffsets.isEmpty() ? "the beginning" : nextOffsets.toString();
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, schemaVersion);
        data.put(TOPIC_KEY, topic);
        nextOffsets.forEach((partition, offset) -> data.put(OFFSET_KEY_PREFIX + partition.partition(), Long.toString(offset)));
        return data;
    }
}
