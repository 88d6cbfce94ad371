package dev.emporium.platform.events;

import dev.emporium.contracts.Topic;
import dev.emporium.contracts.Topics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a service says about its topics, once, as a bean: {@code EventTopics.publishes(Topics.CATALOG_PRODUCTS)}.
 * The platform then creates each topic and its {@code .DLT} with the shape from {@code contracts} (brokers never
 * create topics themselves), and {@link EventPublisher} refuses to publish to a topic the service did not declare.
 * A service may declare several of these beans; they add up.
 */
public final class EventTopics {

    private final List<Topic> published;
    private final List<Topic> consumed;

    private EventTopics(List<Topic> published, List<Topic> consumed) {
        this.published = List.copyOf(published);
        this.consumed = List.copyOf(consumed);
    }

    /** Topics of the contracts this service publishes to (it owns them). */
    public static EventTopics publishes(String... topics) {
        return new EventTopics(describe(topics), List.of());
    }

    /** Topics of the contracts this service consumes; their dead-letter topics are where its failures go. */
    public static EventTopics consumes(String... topics) {
        return new EventTopics(List.of(), describe(topics));
    }

    /** For topics outside the contracts (a test's own topics). */
    public static EventTopics of(List<Topic> published, List<Topic> consumed) {
        return new EventTopics(published, consumed);
    }

    public EventTopics andConsumes(String... topics) {
        List<Topic> all = new ArrayList<>(consumed);
        all.addAll(describe(topics));
        return new EventTopics(published, all);
    }

    public List<Topic> published() {
        return published;
    }

    public List<Topic> consumed() {
        return consumed;
    }

    private static List<Topic> describe(String... names) {
        return Arrays.stream(names).map(Topics::describe).toList();
    }
}
