package dev.emporium.platform.testapp;

import dev.emporium.platform.events.EventInbox;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An idempotent consumer: it records each event's effect in its table; "poison" events always fail. */
@Component
public class SampleListener {

    public static final String TOPIC = "platform-test.samples";

    private final EventInbox inbox;
    private final JdbcClient jdbc;
    public final AtomicInteger poisonAttempts = new AtomicInteger();

    SampleListener(EventInbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.handleOnce("sample-listener", record, event -> {
            SampleHappenedV1 sample = event.data(SampleHappenedV1.class);
            if (sample.note().startsWith("poison")) {
                poisonAttempts.incrementAndGet();
                throw new IllegalStateException("cannot handle " + sample.note());
            }
            jdbc.sql("INSERT INTO sample_effect (event_id, note) VALUES (:id, :note)")
                    .param("id", event.id()).param("note", sample.note()).update();
        });
    }
}
