package dev.emporium.platform.events;

import dev.emporium.platform.runtime.BatchedDeletes;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the platform tables small: published outbox rows after {@code emporium.events.outbox.retention}, processed
 * event ids after {@code emporium.events.consumer.dedupe-retention}. Deletes in small batches that skip rows another
 * replica is deleting at the same moment, so any number of replicas may run it without waiting on each other.
 */
public class EventHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EventHousekeeping.class);
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final Duration outboxRetention;
    private final Duration dedupeRetention;

    EventHousekeeping(JdbcClient jdbc, Duration outboxRetention, Duration dedupeRetention) {
        this.jdbc = jdbc;
        this.outboxRetention = outboxRetention;
        this.dedupeRetention = dedupeRetention;
    }

    /** @return published outbox rows deleted */
    public int purgePublishedEvents() {
        return purge("""
                DELETE FROM platform.outbox_event WHERE seq IN (
                    SELECT seq FROM platform.outbox_event
                    WHERE published_at < now() - make_interval(secs => :seconds)
                    LIMIT :batch FOR UPDATE SKIP LOCKED)""", outboxRetention);
    }

    /** @return processed event ids forgotten */
    public int purgeProcessedEvents() {
        return purge("""
                DELETE FROM platform.processed_event WHERE (consumer, event_id) IN (
                    SELECT consumer, event_id FROM platform.processed_event
                    WHERE processed_at < now() - make_interval(secs => :seconds)
                    LIMIT :batch FOR UPDATE SKIP LOCKED)""", dedupeRetention);
    }

    /** Both purges; run every hour by a {@code PeriodicTask} (see {@code OutboxAutoConfiguration}). */
    public void purgeAll() {
        int outbox = purgePublishedEvents();
        int processed = purgeProcessedEvents();
        log.debug("Purged {} published outbox rows and {} processed event ids", outbox, processed);
    }

    private int purge(String sql, Duration retention) {
        return BatchedDeletes.repeat(BATCH, Integer.MAX_VALUE,
                () -> jdbc.sql(sql).param("seconds", retention.toSeconds()).param("batch", BATCH).update());
    }
}
