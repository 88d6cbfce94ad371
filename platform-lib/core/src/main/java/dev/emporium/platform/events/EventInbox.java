package dev.emporium.platform.events;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a consumer idempotent: the event id is recorded in the same transaction as the handler's effects, so an
 * event delivered again (Kafka delivers at least once) is skipped, also when two deliveries run at the same
 * moment (the second insert waits for the first transaction and then finds the id). A handler that throws rolls
 * both back; the listener's error handler waits out infrastructure failures and retries any other failure a
 * bounded number of times before it dead-letters the record.
 */
public class EventInbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    EventInbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * @param consumer a stable name of the consuming feature (one per listener)
     * @return true if the handler ran, false if this event had already been processed
     */
    public boolean handleOnce(String consumer, ConsumerRecord<String, byte[]> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = IncomingEvent.of(record, json);
        Boolean handled = transaction.execute(status -> {
            int inserted = jdbc.sql("""
                    INSERT INTO platform.processed_event (consumer, event_id) VALUES (:consumer, :id)
                    ON CONFLICT DO NOTHING""")
                    .param("consumer", consumer).param("id", event.id()).update();
            if (inserted == 0) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }

    /** Reads a record without the processed-id bookkeeping, for consumers whose updates are naturally idempotent. */
    public IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        return IncomingEvent.of(record, json);
    }
}
