package dev.emporium.platform.events;

import dev.emporium.contracts.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/** Turns the services' {@link EventTopics} into the topics (and dead-letter topics) Kafka must have. */
final class TopicDeclarations {

    private final List<EventTopics> declarations;

    TopicDeclarations(List<EventTopics> declarations) {
        this.declarations = List.copyOf(declarations);
    }

    /** Every declared topic plus its {@code .DLT}, each once. */
    NewTopic[] newTopics(int replicas) {
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (EventTopics declaration : declarations) {
            for (Topic topic : declaration.published()) {
                add(topics, topic);
                add(topics, topic.deadLetter());
            }
            for (Topic topic : declaration.consumed()) {
                add(topics, topic);
                add(topics, topic.deadLetter());
            }
        }
        return topics.values().stream().map(topic -> {
            TopicBuilder builder = TopicBuilder.name(topic.name()).partitions(topic.partitions()).replicas(replicas);
            return (topic.compacted() ? builder.compact() : builder).build();
        }).toArray(NewTopic[]::new);
    }

    /** The topics this service may publish to. */
    Set<String> published() {
        return declarations.stream().flatMap(d -> d.published().stream()).map(Topic::name).collect(Collectors.toUnmodifiableSet());
    }

    private static void add(Map<String, Topic> topics, Topic topic) {
        Topic earlier = topics.putIfAbsent(topic.name(), topic);
        if (earlier != null && !earlier.equals(topic)) {
            throw new IllegalStateException("Topic " + topic.name() + " is declared twice with different shapes: "
                    + earlier + " and " + topic);
        }
    }
}
