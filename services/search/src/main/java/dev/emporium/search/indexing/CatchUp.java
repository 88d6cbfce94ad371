package dev.emporium.search.indexing;

import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the index has caught up with the topic as it was when the indexer started (or a rebuild began): every
 * partition's position has reached the end offset seen then. Until it has, the replica is not ready, so a fresh
 * replica does not serve a half-built index as if it were complete. Once caught up it stays ready: normal lag
 * afterwards is the near-real-time delay, not incompleteness.
 */
final class CatchUp {

    private volatile Map<TopicPartition, Long> target;
    private volatile boolean caughtUp;

    /** Catching up (again) to these end offsets. */
    void expect(Map<TopicPartition, Long> endOffsets) {
        target = Map.copyOf(endOffsets);
        caughtUp = false;
    }

    /** The broker says the topic does not exist: nothing was ever published, so the empty index is complete. */
    void nothingToCatchUp() {
        if (target == null) {
            caughtUp = true;
        }
    }

    boolean expecting() {
        return target != null && !caughtUp;
    }

    /** @param positions the consumer's next offset per partition */
    boolean update(ToLongFunction<TopicPartition> positions) {
        Map<TopicPartition, Long> goal = target;
        if (!caughtUp && goal != null
                && goal.entrySet().stream().allMatch(end -> positions.applyAsLong(end.getKey()) >= end.getValue())) {
            caughtUp = true;
        }
        return caughtUp;
    }

    boolean isCaughtUp() {
        return caughtUp;
    }

    /** Starting over (indexer restarted, rebuild, partitions added): not caught up until a new target is set. */
    void reset() {
        target = null;
        caughtUp = false;
    }
}
