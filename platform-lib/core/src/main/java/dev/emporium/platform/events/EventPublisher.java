package dev.emporium.platform.events;

import dev.emporium.contracts.EventType;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event through the transactional outbox: the event is written in the caller's database
 * transaction, so it goes out if and only if that transaction commits. {@link OutboxRelay} sends it to Kafka.
 *
 * <p><b>Per-key order is guaranteed here</b>, not by callers: before the insert the transaction takes a
 * transaction-scoped advisory lock on (topic, key), held until it commits or rolls back. A second transaction
 * publishing the same key waits for the first to end before it gets its outbox {@code seq}, so for one key
 * {@code seq} order is commit order, and the relay, which sends by {@code seq}, sends a key's events in commit
 * order. What the event says is the caller's business: read the state it publishes under a row lock (an
 * {@code UPDATE}, or {@code SELECT ... FOR UPDATE}) or after publishing, so a concurrent change cannot slip in
 * between the read and the lock. A transaction publishing many keys should publish them in a stable order (for
 * example by id) to avoid deadlocks with another such transaction; each distinct key holds one lock-table entry
 * until commit, so bulk republishing belongs in transactions of a few thousand keys.
 */
public class EventPublisher {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;
    private final TraceContext traceContext;
    private final OutboxRelay relay;
    private final Clock clock;
    private final Set<String> declaredTopics;

    EventPublisher(JdbcClient jdbc, JsonMapper json, String source, TraceContext traceContext, OutboxRelay relay, Clock clock,
            Set<String> declaredTopics) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
        this.traceContext = traceContext;
        this.relay = relay;
        this.clock = clock;
        this.declaredTopics = Set.copyOf(declaredTopics);
    }

    /**
     * @param topic the topic, see {@code dev.emporium.contracts.Topics}; declared with {@link EventTopics#publishes}
     * @param key   the aggregate id: one aggregate's events keep their (commit) order
     * @param event a record from {@code contracts} annotated with {@link EventType}
     * @return the CloudEvents id of the event
     */
    public UUID publish(String topic, String key, Object event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are published inside the transaction of the change that causes them");
        }
        if (!declaredTopics.contains(topic)) {
            // an undeclared topic does not exist on the broker: the row would block the outbox, so refuse it here
            throw new IllegalArgumentException("Topic " + topic + " is not declared: add EventTopics.publishes(\"" + topic
                    + "\") to the service's configuration");
        }
        EventType type = event.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not an event contract (no @EventType)");
        }
        lockKey(topic, key);
        UUID eventId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO platform.outbox_event (event_id, topic, event_key, event_type, source, occurred_at, payload, traceparent)
                VALUES (:id, :topic, :key, :type, :source, :time, :payload, :traceparent)""")
                .param("id", eventId)
                .param("topic", topic)
                .param("key", key)
                .param("type", type.value())
                .param("source", source)
                .param("time", java.sql.Timestamp.from(Instant.now(clock)))
                .param("payload", json.writeValueAsString(event))
                .param("traceparent", traceContext.currentTraceparent())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return eventId;
    }

    /**
     * Two 32-bit keys (topic hash, key hash): a key space of its own, apart from the relay's single 64-bit lock.
     * A hash collision only makes two unrelated keys wait for each other; taking a lock the transaction already
     * holds is free (PostgreSQL counts it, one lock-table entry).
     */
    private void lockKey(String topic, String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:topic), hashtext(:key))")
                .param("topic", topic).param("key", key)
                .query((rs, row) -> 1).list();
    }
}
