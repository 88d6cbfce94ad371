package dev.emporium.platform.events;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox rows to Kafka in {@code seq} order and marks them published. Runs right after each commit
 * and on a fixed poll, so rows left by a crash or written while Kafka was down go out once it is reachable.
 * Delivery is at least once (a crash between send and mark resends); consumers are idempotent.
 *
 * <p>A PostgreSQL advisory lock makes one relay per database active at a time, so replicas of a service keep
 * each aggregate's events in order; {@link EventPublisher}'s per-key lock makes {@code seq} order commit order
 * for each key. Only a permanent refusal ({@link Failures#isPermanentSendFailure}: too large, invalid) rejects a
 * row; any other failure stops the batch, and the row and everything behind it are sent again later, in order.
 */
public class OutboxRelay extends RelayLoop {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK_ID = 0x656d706f72L; // "empor"

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaOperations<String, byte[]> kafka;
    private final EventsProperties.Outbox settings;
    private final OutboxMonitor monitor;
    private final Runnable missingTopic;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaOperations<String, byte[]> kafka,
            EventsProperties.Outbox settings) {
        this(jdbc, transaction, kafka, settings, null, () -> { });
    }

    /**
     * @param monitor      counted again after each run, for metrics and health (may be null)
     * @param missingTopic asks for the declared topics to be created again (they were missing at start-up)
     */
    OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaOperations<String, byte[]> kafka,
            EventsProperties.Outbox settings, OutboxMonitor monitor, Runnable missingTopic) {
        super("outbox-relay", settings.pollInterval(), settings.batchSize());
        this.monitor = monitor;
        this.missingTopic = missingTopic;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.settings = settings;
    }

    /** One batch in one transaction: the advisory lock and the rows' locks last until it ends. */
    @Override
    protected int relayBatch() {
        Integer sent = transaction.execute(status -> relayBatchInTransaction());
        return sent == null ? 0 : sent;
    }

    /** The backlog figures (metrics, health) follow every scheduled round. */
    @Override
    protected void afterRound() {
        if (monitor != null) {
            monitor.refresh();
        }
    }

    private int relayBatchInTransaction() {
        Boolean leader = jdbc.sql("SELECT pg_try_advisory_xact_lock(:id)").param("id", RELAY_LOCK_ID)
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(leader)) {
            return 0;
        }
        List<PendingEvent> pending = jdbc.sql("""
                SELECT seq, event_id, topic, event_key, event_type, source, occurred_at, payload, traceparent
                FROM platform.outbox_event WHERE published_at IS NULL AND rejected_at IS NULL
                ORDER BY seq LIMIT :limit FOR UPDATE""")
                .param("limit", settings.batchSize())
                .query(PendingEvent.class).list();
        // Send the whole batch at once (the producer keeps per-partition order), then settle the results in order.
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (PendingEvent event : pending) {
            try {
                sends.add(kafka.send(event.toRecord()));
            } catch (RuntimeException e) {
                sends.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            PendingEvent event = pending.get(i);
            try {
                sends.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                published.add(event.seq());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                if (!Failures.isPermanentSendFailure(cause)) {
                    // later events stay pending too (sent or not): retried in order, at least once
                    recordAttempt(event.seq(), cause, false);
                    log.warn("Kafka did not take event {} yet, it stays in the outbox: {}", event.eventId(), cause.toString());
                    if (isMissingTopic(cause)) {
                        missingTopic.run();
                    }
                    break;
                }
                recordAttempt(event.seq(), cause, true);
                log.error("Kafka rejected event {} ({} on {}) for good; it is kept in the outbox as rejected",
                        event.eventId(), event.eventType(), event.topic(), cause);
            }
        }
        if (!published.isEmpty()) {
            jdbc.sql("UPDATE platform.outbox_event SET published_at = now(), attempts = attempts + 1 WHERE seq IN (:seqs)")
                    .param("seqs", published).update();
        }
        return published.size();
    }

    private void recordAttempt(long seq, Throwable cause, boolean rejected) {
        jdbc.sql("""
                UPDATE platform.outbox_event SET attempts = attempts + 1, last_error = :error,
                       rejected_at = CASE WHEN :rejected THEN now() ELSE NULL END
                WHERE seq = :seq""")
                .param("error", describe(cause))
                .param("rejected", rejected)
                .param("seq", seq)
                .update();
    }

    /** The producer says so directly, or times out waiting for the topic's metadata. */
    private static boolean isMissingTopic(Throwable error) {
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof UnknownTopicOrPartitionException
                    || String.valueOf(cause.getMessage()).contains("not present in metadata")) {
                return true;
            }
        }
        return false;
    }

    /** The whole cause chain: the wrapper says little, the cause says why (e.g. RecordTooLargeException). */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(cause);
        }
        return text.toString();
    }

    record PendingEvent(long seq, UUID eventId, String topic, String eventKey, String eventType, String source,
            Timestamp occurredAt, String payload, String traceparent) {

        ProducerRecord<String, byte[]> toRecord() {
            return new OutgoingEvent(eventId, topic, eventKey, eventType, source, occurredAt.toInstant(), payload, traceparent)
                    .toRecord();
        }
    }
}
