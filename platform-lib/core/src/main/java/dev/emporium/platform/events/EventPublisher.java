package dev.emporium.platform.events;

import dev.emporium.contracts.EventType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event through the transactional outbox: the event is written in the caller's database
 * transaction, so it goes out if and only if that transaction commits. {@link OutboxRelay} sends it to Kafka.
 */
public class EventPublisher {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;
    private final TraceContext traceContext;
    private final OutboxRelay relay;
    private final Clock clock;

    EventPublisher(JdbcClient jdbc, JsonMapper json, String source, TraceContext traceContext, OutboxRelay relay, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
        this.traceContext = traceContext;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * @param topic the topic, see {@code dev.emporium.contracts.Topics}
     * @param key   the aggregate id: one aggregate's events keep their order
     * @param event a record from {@code contracts} annotated with {@link EventType}
     * @return the CloudEvents id of the event
     */
    public UUID publish(String topic, String key, Object event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are published inside the transaction of the change that causes them");
        }
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
}
