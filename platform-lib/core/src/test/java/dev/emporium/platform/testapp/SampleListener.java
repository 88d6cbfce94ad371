package dev.emporium.platform.testapp;

import dev.emporium.platform.events.EventInbox;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An idempotent consumer: it records each event's effect in its table. By note: "poison..." always fails;
 * "outage:N" finds the database unreachable for its first N attempts; "until-fixed..." fails until {@link #fixed}.
 */
@Component
public class SampleListener {

    public static final String TOPIC = "platform-test.samples";

    private final EventInbox inbox;
    private final JdbcClient jdbc;
    public final AtomicInteger poisonAttempts = new AtomicInteger();
    public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    public final AtomicBoolean fixed = new AtomicBoolean();

    SampleListener(EventInbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("sample-listener", record, event -> {
            SampleHappenedV1 sample = event.data(SampleHappenedV1.class);
            int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            if (sample.note().startsWith("poison")) {
                poisonAttempts.incrementAndGet();
                throw new IllegalStateException("cannot handle " + sample.note());
            }
            if (sample.note().startsWith("outage:") && attempt <= Integer.parseInt(sample.note().substring("outage:".length()))) {
                throw new DataAccessResourceFailureException("the database is restarting (attempt " + attempt + ")");
            }
            if (sample.note().startsWith("until-fixed") && !fixed.get()) {
                throw new IllegalStateException("a bug, fixed in the next release");
            }
            jdbc.sql("INSERT INTO sample_effect (event_id, note) VALUES (:id, :note)")
                    .param("id", event.id()).param("note", sample.note()).update();
        });
    }
}
