package dev.emporium.platform.events;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the platform tables small: published outbox rows after {@code emporium.events.outbox.retention}, processed
 * event ids after {@code emporium.events.consumer.dedupe-retention}. Deletes in small batches that skip rows another
 * replica is deleting at the same moment, so any number of replicas may run it without waiting on each other.
 */
public class EventHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventHousekeeping.class);
    private static final int BATCH = 5_000;
    private static final Duration EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Duration outboxRetention;
    private final Duration dedupeRetention;
    private volatile ScheduledExecutorService executor;

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

    private int purge(String sql, Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).param("seconds", retention.toSeconds()).param("batch", BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    private void purgeSafely() {
        try {
            int outbox = purgePublishedEvents();
            int processed = purgeProcessedEvents();
            log.debug("Purged {} published outbox rows and {} processed event ids", outbox, processed);
        } catch (RuntimeException e) {
            log.warn("Event housekeeping failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("event-housekeeping").daemon().factory());
        started.scheduleWithFixedDelay(this::purgeSafely, 1, EVERY.toMinutes(), TimeUnit.MINUTES);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
