package dev.emporium.platform.events;

import dev.emporium.contracts.EventType;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
 * {@code UPDATE}, or {@code SELECT ... FOR UPDATE}), or let the publisher read it after the lock
 * ({@link #publish(String, String, Supplier)}), so a concurrent change cannot slip in between the read and the
 * lock. Two transactions that each publish many keys may deadlock on the locks; PostgreSQL detects that and fails
 * one of them (a {@code TransientDataAccessException}: retry it).
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
        return publish(topic, key, () -> event);
    }

    /**
     * Publishes state read <em>after</em> the key's lock is taken: for republishing an aggregate the transaction did
     * not change (a renamed category's products, a new rate table) without locking its row. Every transaction that
     * changes the aggregate publishes it under the same lock, so what {@code currentState} reads is the latest
     * committed state and nothing newer can reach the topic before it.
     *
     * @param currentState reads the aggregate and builds its event (a record annotated with {@link EventType})
     */
    public UUID publish(String topic, String key, Supplier<?> currentState) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are published inside the transaction of the change that causes them");
        }
        if (!declaredTopics.contains(topic)) {
            // an undeclared topic does not exist on the broker: the row would block the outbox, so refuse it here
            throw new IllegalArgumentException("Topic " + topic + " is not declared: add EventTopics.publishes(\"" + topic
                    + "\") to the service's configuration");
        }
        lockKey(topic, key);
        Object event = currentState.get();
        EventType type = event.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not an event contract (no @EventType)");
        }
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
     * The lock of a key: two 32-bit keys (a key space apart from the relay's single 64-bit lock), the topic's hash
     * and one of 1,024 buckets of the key's hash. Keys sharing a bucket merely wait for each other; the buckets
     * bound the lock-table entries a transaction holds (at most 1,024 per topic, however many keys it publishes).
     * Taking a lock the transaction already holds is free.
     */
    static final String KEY_LOCK = "SELECT pg_advisory_xact_lock(hashtext(:topic), hashtext(:key) & 1023)";

    private void lockKey(String topic, String key) {
        jdbc.sql(KEY_LOCK).param("topic", topic).param("key", key).query((rs, row) -> 1).list();
    }
}
