package dev.emporium.contracts;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What travels on a topic and between whom. This is the one place it is said: the AsyncAPI document
 * ({@code docs/api/asyncapi.json}) is generated from it, and platform-core refuses to start a service whose
 * {@code EventTopics} disagree with it.
 *
 * @param topic       the topic's name; its shape is {@link Topics#describe}
 * @param keyProperty the payload property that is the record key (and {@code ce_subject}): the aggregate's id
 * @param publisher   the one service ({@code spring.application.name}) that publishes to the topic and owns it
 * @param consumers   the services that consume it
 * @param events      the event records published on it, each annotated with {@link EventType}
 */
public record TopicContract(String topic, String keyProperty, String publisher, List<String> consumers,
        List<Class<? extends Record>> events) {

    public TopicContract {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(keyProperty, "keyProperty");
        Objects.requireNonNull(publisher, "publisher");
        consumers = List.copyOf(consumers);
        events = List.copyOf(events);
        if (new HashSet<>(consumers).size() != consumers.size()) {
            throw new IllegalArgumentException("A consumer of " + topic + " is listed twice: " + consumers);
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A topic contract needs at least one event: " + topic);
        }
        for (Class<? extends Record> event : events) {
            if (!event.isAnnotationPresent(EventType.class)) {
                throw new IllegalArgumentException(event.getName() + " has no @EventType");
            }
            if (Arrays.stream(event.getRecordComponents()).noneMatch(c -> c.getName().equals(keyProperty))) {
                throw new IllegalArgumentException(event.getName() + " has no " + keyProperty + ", the key of " + topic);
            }
        }
    }

    /** The topic's partitions and compaction. */
    public Topic shape() {
        return Topics.describe(topic);
    }

    /** The CloudEvents type of an event record. */
    public static String typeOf(Class<?> event) {
        return event.getAnnotation(EventType.class).value();
    }
}
