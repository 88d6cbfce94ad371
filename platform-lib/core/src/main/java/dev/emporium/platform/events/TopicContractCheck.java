package dev.emporium.platform.events;

import dev.emporium.contracts.Topic;
import dev.emporium.contracts.TopicContract;
import dev.emporium.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service's {@link EventTopics} must say what the contracts say about it ({@link TopicContract}: who publishes and
 * who consumes each topic), so the AsyncAPI document generated from the contracts cannot drift from what the
 * services do. Checked when the service starts: a disagreement is a programming error, found by the service's first
 * test. Topics outside the contracts (a test's own) are not checked.
 */
final class TopicContractCheck {

    private TopicContractCheck() {
    }

    static void verify(String application, List<EventTopics> declarations) {
        Set<String> published = names(declarations.stream().flatMap(d -> d.published().stream()).toList());
        Set<String> consumed = names(declarations.stream().flatMap(d -> d.consumed().stream()).toList());
        List<String> problems = new ArrayList<>();
        for (String topic : published) {
            Topics.contractOf(topic).filter(c -> !c.publisher().equals(application)).ifPresent(c -> problems.add(
                    application + " publishes " + topic + ", whose contract names " + c.publisher() + " as its publisher"));
            if (isReserved(topic)) {
                problems.add(application + " publishes " + topic + ", which has no TopicContract yet: add one to Topics"
                        + " (key, publisher " + application + ", consumers, event records)");
            }
        }
        for (String topic : consumed) {
            Topics.contractOf(topic).filter(c -> !c.consumers().contains(application)).ifPresent(c -> problems.add(
                    application + " consumes " + topic + ", whose contract does not list it among the consumers " + c.consumers()));
            if (isReserved(topic)) {
                problems.add(application + " consumes " + topic + ", which has no TopicContract yet: nothing is published there");
            }
        }
        for (TopicContract contract : Topics.contracts()) {
            if (contract.publisher().equals(application) && !published.contains(contract.topic())) {
                problems.add("the contract of " + contract.topic() + " names " + application
                        + " as its publisher, but it does not declare EventTopics.publishes(\"" + contract.topic() + "\")");
            }
            if (contract.consumers().contains(application) && !consumed.contains(contract.topic())) {
                problems.add("the contract of " + contract.topic() + " lists " + application
                        + " as a consumer, but it does not declare EventTopics.consumes(\"" + contract.topic() + "\")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The event topics of " + application + " (spring.application.name) disagree with"
                    + " the contracts (dev.emporium.contracts.Topics):\n  " + String.join("\n  ", problems)
                    + "\nChange the EventTopics bean or the TopicContract, then regenerate docs/api/asyncapi.json.");
        }
    }

    private static boolean isReserved(String topic) {
        return Topics.all().stream().anyMatch(t -> t.name().equals(topic)) && Topics.contractOf(topic).isEmpty();
    }

    private static Set<String> names(List<Topic> topics) {
        return topics.stream().map(Topic::name).collect(Collectors.toSet());
    }
}
