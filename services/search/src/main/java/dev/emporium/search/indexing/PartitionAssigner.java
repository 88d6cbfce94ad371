package dev.emporium.search.indexing;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every replica needs every record, so a feed assigns itself all partitions of its topic (no consumer group, no
 * group offsets) and seeks each to the checkpoint's next offset. It waits for a topic that does not exist yet (its
 * owner creates it) and picks up partitions added later. Confined to the feeding thread.
 */
final class PartitionAssigner {

    private static final Logger log = LoggerFactory.getLogger(PartitionAssigner.class);

    private final String topic;
    private final Duration checkInterval;
    private final Duration retryInterval;
    private final IndexCheckpoint checkpoint;
    private final CatchUp catchUp;
    private long lastCheck;
    private boolean waitingForTopic;

    PartitionAssigner(String topic, Duration checkInterval, Duration retryInterval, IndexCheckpoint checkpoint, CatchUp catchUp) {
        this.topic = topic;
        this.checkInterval = checkInterval;
        this.retryInterval = retryInterval;
        this.checkpoint = checkpoint;
        this.catchUp = catchUp;
    }

    /** Assigns new partitions when it is time to look; false while the topic does not exist. */
    boolean assignIfDue(Consumer<String, byte[]> consumer) {
        boolean due = lastCheck == 0 || System.nanoTime() - lastCheck >= checkInterval.toNanos();
        return !(consumer.assignment().isEmpty() || due) || assign(consumer);
    }

    /** Look for the topic and its partitions at the next step. */
    void lookNow() {
        lastCheck = 0;
    }

    /** Each assigned partition resumes at the first record the checkpoint has not applied. */
    void seekAllToNext(Consumer<String, byte[]> consumer) {
        consumer.assignment().forEach(partition -> seekToNext(consumer, partition));
    }

    /** Every partition from offset 0 (after the index was emptied). */
    void seekAllToBeginning(Consumer<String, byte[]> consumer) {
        if (consumer.assignment().isEmpty()) {
            lookNow();
        } else {
            consumer.seekToBeginning(consumer.assignment());
        }
    }

    private boolean assign(Consumer<String, byte[]> consumer) {
        lastCheck = System.nanoTime();
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            if (!consumer.assignment().isEmpty()) {
                return true; // a metadata hiccup: keep what we have
            }
            if (!waitingForTopic) {
                log.info("Topic {} does not exist yet; looking for it every {}", topic, retryInterval);
                waitingForTopic = true;
            }
            catchUp.nothingToCatchUp();
            return false;
        }
        waitingForTopic = false;
        Set<TopicPartition> added = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .collect(Collectors.toCollection(HashSet::new));
        added.removeAll(consumer.assignment());
        if (added.isEmpty()) {
            return true;
        }
        Set<TopicPartition> assignment = new HashSet<>(consumer.assignment());
        assignment.addAll(added);
        consumer.assign(assignment);
        added.forEach(partition -> seekToNext(consumer, partition));
        if (!catchUp.isCaughtUp()) {
            catchUp.reset(); // the next step expects the end offsets of all partitions, the added ones included
        }
        log.info("Consuming {} partitions of {}", assignment.size(), topic);
        return true;
    }

    private void seekToNext(Consumer<String, byte[]> consumer, TopicPartition partition) {
        Long next = checkpoint.next(partition);
        if (next == null) {
            consumer.seekToBeginning(List.of(partition));
        } else {
            consumer.seek(partition, next);
        }
    }
}
