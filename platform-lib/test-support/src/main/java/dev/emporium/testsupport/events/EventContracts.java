package dev.emporium.testsupport.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events checked against the AsyncAPI document ({@code docs/api/asyncapi.json}, generated from {@code contracts}):
 * a producer's test asserts that what it really put on Kafka is what the document promises
 * ({@link #assertConforms}); a consumer's test publishes the document's recorded samples ({@link #samples}) and
 * shows it reads them.
 */
public final class EventContracts {

    private EventContracts() {
    }

    /**
     * Asserts that a record read from Kafka is one the document describes: its topic is a channel, its
     * {@code ce_type} one of the channel's messages, its headers and JSON payload valid against that message's
     * schemas, and its key (and {@code ce_subject}) the payload's key property.
     */
    public static void assertConforms(ConsumerRecord<String, byte[]> record) {
        EventsDocument document = EventsDocument.get();
        String where = record.topic() + "@" + record.partition() + ":" + record.offset();
        JsonNode channel = document.channel(record.topic()).orElseThrow(() -> new AssertionError(where + ": topic "
                + record.topic() + " is not in " + EventsDocument.PATH + " (give it a TopicContract in contracts' Topics)"));
        ObjectNode headers = headers(record);
        String type = headers.path("ce_type").asString(null);
        JsonNode message = document.message(channel, type).orElseThrow(() -> new AssertionError(where + ": ce_type " + type
                + " is not a message of " + record.topic() + " in " + EventsDocument.PATH + "; it has "
                + document.messages(channel).stream().map(m -> m.path("name").asString()).toList()));
        List<String> problems = new ArrayList<>();
        document.errors(message.get("headers"), headers).forEach(error -> problems.add("headers" + error));
        duplicateHeaders(record).forEach(name -> problems.add("header " + name + " appears more than once"));
        JsonNode payload = null;
        try {
            payload = JsonMapper.shared().readTree(record.value());
            document.errors(message.get("payload"), payload).forEach(error -> problems.add("payload" + error));
        } catch (JacksonException | IllegalArgumentException e) {
            problems.add("payload is not JSON: " + e.getMessage());
        }
        String keyProperty = channel.path("x-key-property").asString();
        if (payload != null && !payload.path(keyProperty).asString("").equals(record.key())) {
            problems.add("key " + record.key() + " is not the payload's " + keyProperty + " (" + payload.path(keyProperty) + ")");
        }
        if (record.key() == null || !record.key().equals(headers.path("ce_subject").asString(null))) {
            problems.add("ce_subject " + headers.path("ce_subject") + " is not the key " + record.key());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(where + " (" + type + ") breaks its contract in " + EventsDocument.PATH + ":\n  "
                    + String.join("\n  ", problems) + "\nrecord: " + headers + " " + (record.value() == null ? "null"
                            : new String(record.value(), StandardCharsets.UTF_8)));
        }
    }

    /** The recorded samples of every event type on a topic, exactly as the document carries them. */
    public static List<Sample> samples(String topic) {
        EventsDocument document = EventsDocument.get();
        JsonNode channel = document.channel(topic).orElseThrow(() -> new IllegalArgumentException(
                "Topic " + topic + " is not in " + EventsDocument.PATH));
        List<Sample> samples = new ArrayList<>();
        for (JsonNode message : document.messages(channel)) {
            for (JsonNode example : message.path("examples")) {
                Map<String, String> headers = new LinkedHashMap<>();
                example.get("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
                samples.add(new Sample(message.get("name").asString(), headers.get("ce_subject"), headers,
                        JsonMapper.shared().writeValueAsBytes(example.get("payload"))));
            }
        }
        return samples;
    }

    /** One recorded record: its key is {@code ce_subject}, as the publishers do it. */
    public record Sample(String type, String key, Map<String, String> headers, byte[] payload) {

        public JsonNode payloadJson() {
            return JsonMapper.shared().readTree(payload);
        }

        /** The record a producer would send to {@code topic}: the sample's key, headers and payload bytes. */
        public ProducerRecord<String, byte[]> toRecord(String topic) {
            RecordHeaders recordHeaders = new RecordHeaders();
            headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
            return new ProducerRecord<>(topic, null, key, payload, recordHeaders);
        }
    }

    private static ObjectNode headers(ConsumerRecord<String, byte[]> record) {
        ObjectNode headers = JsonMapper.shared().createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static List<String> duplicateHeaders(ConsumerRecord<String, byte[]> record) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        record.headers().forEach(header -> counts.merge(header.key(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
