package dev.emporium.search.indexing;

import dev.emporium.search.SearchProperties;
import dev.emporium.search.index.ProductIndex;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One feed's work on its thread, step by step: assign partitions, poll, apply, track catching up, apply the
 * applier's other changes (stock), refresh and commit on time; wipe for a rebuild; resume after a failure. Confined
 * to the feeding thread (except {@link #isCaughtUp()}).
 */
final class FeedLoop {

    private static final Logger log = LoggerFactory.getLogger(FeedLoop.class);

    private final String topic;
    private final ProductIndex index;
    private final EventApplier applier;
    private final Duration pollTimeout;
    private final IndexCheckpoint checkpoint;
    private final CatchUp catchUp = new CatchUp();
    private final PartitionAssigner partitions;

    FeedLoop(String topic, ProductIndex index, EventApplier applier, SearchProperties properties) {
        this.topic = topic;
        this.index = index;
        this.applier = applier;
        this.pollTimeout = properties.refreshInterval();
        this.checkpoint = new IndexCheckpoint(index, topic, applier.schemaVersion(), properties.refreshInterval(),
                properties.commitInterval());
        this.partitions = new PartitionAssigner(topic, properties.partitionCheckInterval(), properties.topicRetryInterval(),
                checkpoint, catchUp);
    }

    /** Opens the index and reads back what it holds: its position in the topic, and what the applier keeps. */
    void open() {
        try {
            restore(index.open());
        } catch (IOException | RuntimeException e) {
            index.close();
            throw new IllegalStateException("Cannot restore the search index at " + index.directory(), e);
        }
        catchUp.reset();
        log.info("Indexing {} into {} ({} documents, resuming at {})", topic, index.directory(), applier.size(), checkpoint);
    }

    boolean isCaughtUp() {
        return catchUp.isCaughtUp();
    }

    /** @return false while the topic does not exist yet (the caller waits before the next step) */
    boolean step(Consumer<String, byte[]> consumer, boolean rebuild) throws IOException {
        if (rebuild) {
            wipe(consumer);
        }
        boolean topicExists = partitions.assignIfDue(consumer);
        if (topicExists) {
            applyRecords(consumer);
        }
        if (applier.applyOtherChanges()) {
            checkpoint.changedBesidesRecords();
        }
        checkpoint.maybeRefresh();
        checkpoint.maybeCommit();
        return topicExists;
    }

    private void applyRecords(Consumer<String, byte[]> consumer) throws IOException {
        if (!catchUp.isCaughtUp() && !catchUp.expecting()) {
            // the end offsets as of now are what "complete" means for this start (or rebuild)
            catchUp.expect(consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(10)));
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(pollTimeout)) {
            checkpoint.applied(record, applier.apply(record));
        }
        if (catchUp.expecting()) {
            catchUp.update(partition -> consumer.position(partition, Duration.ofSeconds(5)));
        }
    }

    /** After a failure: resume each partition at the first record not yet applied (reopening a broken index). */
    void recover(Consumer<String, byte[]> consumer) {
        try {
            if (!index.isOpen()) {
                log.warn("The index writer at {} failed; reopening it from its last commit", index.directory());
                closeQuietly();
                restore(index.open());
            }
            partitions.seekAllToNext(consumer);
        } catch (Exception e) {
            log.warn("Recovering the feed of {} failed; trying again", topic, e);
        }
    }

    /** On a graceful stop: commit what was applied (a crash instead replays from the last commit). */
    void commitQuietly() {
        checkpoint.commitQuietly();
    }

    /** Empties the index and starts over from offset 0 of every partition. */
    private void wipe(Consumer<String, byte[]> consumer) throws IOException {
        log.info("Rebuilding the search index from {}", topic);
        catchUp.reset(); // not ready until the replay has caught up
        index.deleteAll();
        applier.clear();
        checkpoint.startOver();
        partitions.seekAllToBeginning(consumer);
    }

    private void restore(Map<String, String> committed) throws IOException {
        checkpoint.restore(committed);
        applier.restore();
        partitions.lookNow();
    }

    private void closeQuietly() {
        try {
            index.close();
        } catch (RuntimeException e) {
            log.debug("Closing the broken index writer", e);
        }
    }
}
