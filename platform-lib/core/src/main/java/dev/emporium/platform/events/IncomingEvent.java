package dev.emporium.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A CloudEvent read from a Kafka record in binary mode. */
public final class IncomingEvent {

    private final String id;
    private final String type;
    private final String source;
    private final String subject;
    private final Instant time;
    private final String topic;
    private final String key;
    private final byte[] data;
    private final JsonMapper json;

    private IncomingEvent(ConsumerRecord<String, byte[]> record, JsonMapper json) {
        this.id = required(record, CloudEventHeaders.ID);
        this.type = required(record, CloudEventHeaders.TYPE);
        this.source = required(record, CloudEventHeaders.SOURCE);
        this.subject = header(record, CloudEventHeaders.SUBJECT);
        this.time = parseTime(header(record, CloudEventHeaders.TIME));
        this.topic = record.topic();
        this.key = record.key();
        this.data = record.value();
        this.json = json;
    }

    /** Reads a record in CloudEvents binary mode; missing attributes are a {@link MalformedEventException}. */
    public static IncomingEvent of(ConsumerRecord<String, byte[]> record, JsonMapper json) {
        return new IncomingEvent(record, json);
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public Instant time() {
        return time;
    }

    public String topic() {
        return topic;
    }

    public String key() {
        return key;
    }

    /** The JSON data as the given contract record; a body that does not fit is a {@link MalformedEventException}. */
    public <T> T data(Class<T> contract) {
        if (data == null) {
            throw new MalformedEventException("Event " + id + " has no data");
        }
        try {
            return json.readValue(data, contract);
        } catch (JacksonException e) {
            throw new MalformedEventException("Event " + id + " (" + type + ") does not fit " + contract.getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
    }

    private static String required(ConsumerRecord<String, byte[]> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Record " + record.topic() + "@" + record.offset() + " lacks header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant parseTime(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("Bad ce_time " + value);
        }
    }
}
