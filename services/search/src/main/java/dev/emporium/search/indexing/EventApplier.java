package dev.emporium.search.indexing;

import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The topic-specific half of an {@link IndexFeed}: how one record changes the index. The feed does the rest
 * (consumer, partitions, offsets committed with the index, catching up, rebuilds).
 */
interface EventApplier {

    /** Applies one record; false if it changed nothing (stale, or skipped as malformed). Never throws for bad data. */
    boolean apply(ConsumerRecord<String, byte[]> record) throws IOException;

    /**
     * Applies what changed outside the topic (the stock levels), once per step of the feed, even while the topic does
     * not exist yet. @return true if it changed the index
     */
    default boolean applyOtherChanges() throws IOException {
        return false;
    }

    /** Reads back what it keeps beside the index (e.g. versions), after the index was (re)opened. */
    void restore() throws IOException;

    /** The index was emptied for a rebuild: forget what it held. */
    void clear();

    /** How many documents it knows of, for the log. */
    int size();

    /** Changes when the documents it writes change shape: an index written with another one is rebuilt. */
    String schemaVersion();
}
