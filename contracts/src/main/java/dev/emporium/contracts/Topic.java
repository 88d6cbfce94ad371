package dev.emporium.contracts;

import java.util.Objects;

/**
 * A topic's shape, declared once here so the owning service and every consumer create it identically.
 *
 * @param name       {@code <context>.<aggregate>}
 * @param partitions the unit of parallelism; events of one key stay in one partition
 * @param compacted  true for full-state topics: the latest event per key is kept for consumers that rebuild from zero
 */
public record Topic(String name, int partitions, boolean compacted) {

    public Topic {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A topic needs a name");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("A topic needs at least one partition: " + name);
        }
    }

    /**
     * Where consumers put a record that fails on its own: never compacted (every dead letter is kept until it is
     * replayed or expires), as many partitions as the topic so a replay keeps each key on one partition.
     */
    public Topic deadLetter() {
        return new Topic(Topics.deadLetterTopicOf(name), partitions, false);
    }
}
