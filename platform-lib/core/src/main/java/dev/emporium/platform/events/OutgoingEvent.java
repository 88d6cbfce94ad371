package dev.emporium.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * An event on its way to Kafka as a CloudEvents 1.0 record in binary mode: the attributes as {@code ce_} headers,
 * the JSON data as the value, key = the aggregate id (also {@code ce_subject}). The one place that shape is written:
 * {@link OutboxRelay} sends the outbox's rows with it, and a service with another outbox (cart's Redis stream) too.
 *
 * @param source      {@code /emporium/<service>}
 * @param payload     the event record as JSON
 * @param traceparent the W3C trace context of the request that caused the event, or null
 */
public record OutgoingEvent(UUID id, String topic, String key, String type, String source, Instant time, String payload,
        String traceparent) {

    public OutgoingEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }

    public ProducerRecord<String, byte[]> toRecord() {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, id.toString());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.TIME, time.toString());
        header(headers, CloudEventHeaders.SUBJECT, key);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (traceparent != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        }
        return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
