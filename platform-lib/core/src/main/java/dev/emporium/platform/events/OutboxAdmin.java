package dev.emporium.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Rejected outbox rows: listed for an operator, and sent again once the cause is fixed (e.g. a larger size limit). */
public class OutboxAdmin {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final OutboxRelay relay;

    OutboxAdmin(JdbcClient jdbc, TransactionTemplate transaction, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.relay = relay;
    }

    public record RejectedEvent(UUID eventId, String topic, String key, String type, Instant occurredAt, Instant rejectedAt,
            int attempts, String lastError) {
    }

    public enum Resend { QUEUED, NOT_FOUND, SUPERSEDED }

    public List<RejectedEvent> rejected(int limit) {
        return jdbc.sql("""
                SELECT event_id, topic, event_key AS key, event_type AS type, occurred_at, rejected_at, attempts, last_error
                FROM platform.outbox_event WHERE rejected_at IS NOT NULL AND published_at IS NULL
                ORDER BY seq LIMIT :limit""")
                .param("limit", limit).query(RejectedEvent.class).list();
    }

    /**
     * Puts a rejected row back in line. Under the same per-key lock as {@link EventPublisher}, and only if no later
     * event of its key exists: sending it after a newer state would leave the older one last on the topic.
     */
    public Resend resend(UUID eventId) {
        Resend result = transaction.execute(status -> {
            Optional<RejectedEvent> event = jdbc.sql("""
                    SELECT event_id, topic, event_key AS key, event_type AS type, occurred_at, rejected_at, attempts, last_error
                    FROM platform.outbox_event WHERE event_id = :id AND rejected_at IS NOT NULL AND published_at IS NULL""")
                    .param("id", eventId).query(RejectedEvent.class).optional();
            if (event.isEmpty()) {
                return Resend.NOT_FOUND;
            }
            jdbc.sql(EventPublisher.KEY_LOCK)
                    .param("topic", event.get().topic()).param("key", event.get().key()).query((rs, row) -> 1).list();
            boolean superseded = jdbc.sql("""
                    SELECT EXISTS (SELECT 1 FROM platform.outbox_event later, platform.outbox_event this
                                   WHERE this.event_id = :id AND later.topic = this.topic AND later.event_key = this.event_key
                                     AND later.seq > this.seq AND later.rejected_at IS NULL)""")
                    .param("id", eventId).query(Boolean.class).single();
            if (superseded) {
                return Resend.SUPERSEDED;
            }
            jdbc.sql("UPDATE platform.outbox_event SET rejected_at = NULL WHERE event_id = :id").param("id", eventId).update();
            return Resend.QUEUED;
        });
        if (result == Resend.QUEUED) {
            relay.wakeUp();
        }
        return result;
    }
}
