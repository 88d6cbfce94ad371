package dev.emporium.contracts.asyncapi;

import dev.emporium.contracts.Topic;
import dev.emporium.contracts.TopicContract;
import dev.emporium.contracts.Topics;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates {@code docs/api/asyncapi.json} (AsyncAPI 3.0.0) from the contracts: a channel per {@link TopicContract},
 * a message per event record (CloudEvents headers, payload schema, recorded sample), an operation per publisher and
 * per consumer. Topic names without a contract are reserved for services still to come and only listed.
 */
final class AsyncApiDocument {

    private static final String KAFKA_BINDING_VERSION = "0.5.0";

    private final JsonMapper json;
    private final PayloadSchemas schemas = new PayloadSchemas();
    private final Samples samples;

    AsyncApiDocument(JsonMapper json) {
        this.json = json;
        this.samples = new Samples(json);
    }

    ObjectNode generate() {
        ObjectNode document = json.createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Emporium events");
        info.put("version", "1.0.0");
        info.put("description", description());
        document.put("defaultContentType", CloudEventHeadersSchema.JSON);
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (TopicContract contract : Topics.contracts()) {
            channels.set(contract.topic(), channel(contract));
            for (Class<? extends Record> event : contract.events()) {
                messages.set(TopicContract.typeOf(event), message(contract, event));
            }
            operations.set(contract.publisher() + "-sends-" + contract.topic(), operation(contract, "send", contract.publisher(),
                    "Published through the publisher's transactional outbox: an event goes out if and only if the change"
                            + " that caused it commits, and the events of one key in commit order."));
            for (String consumer : contract.consumers()) {
                operations.set(consumer + "-receives-" + contract.topic(), operation(contract, "receive", consumer,
                        "Consumed idempotently (deduplicated by ce_id); a record that still fails after bounded retries"
                                + " goes to " + Topics.deadLetterTopicOf(contract.topic()) + "."));
            }
        }
        return document;
    }

    private static String description() {
        String reserved = Topics.all().stream().map(Topic::name).filter(name -> Topics.contractOf(name).isEmpty())
                .collect(Collectors.joining(", "));
        return """
                The events of Emporium on Kafka. Every record is a CloudEvents 1.0 event in Kafka binary mode: the \
                attributes travel as ce_* headers (UTF-8 strings), the data is the record value (JSON), the key is the \
                aggregate id (also ce_subject). Delivery is at least once: consumers deduplicate by ce_id. A record a \
                consumer cannot process after bounded retries goes to <topic>.DLT with its key and headers (plus \
                kafka_dlt-* headers saying why) and is replayed from there once the cause is fixed. A breaking change \
                is a new event type (vN+1), never an edit of a published one.
                Topic names reserved for services still to come, with no events yet (not described here): %s.
                Generated from the module contracts (Topics, TopicContract, the @EventType records, the recorded \
                samples) by AsyncApiDocumentTest: change those, not this file.""".formatted(reserved);
    }

    private ObjectNode channel(TopicContract contract) {
        Topic shape = contract.shape();
        ObjectNode channel = json.createObjectNode();
        channel.put("address", contract.topic());
        channel.put("title", contract.topic());
        channel.put("description", "Key: the payload's " + contract.keyProperty() + ". Published by " + contract.publisher()
                + "; consumed by " + (contract.consumers().isEmpty() ? "no service yet" : String.join(", ", contract.consumers()))
                + ". " + shape.partitions() + " partitions" + (shape.compacted()
                        ? ", compacted: the latest event of each key is kept, enough to rebuild a read model from zero."
                        : ", not compacted: events expire with the broker's retention."));
        ObjectNode messages = channel.putObject("messages");
        for (Class<? extends Record> event : contract.events()) {
            String type = TopicContract.typeOf(event);
            messages.putObject(type).put("$ref", "#/components/messages/" + type);
        }
        channel.putObject("bindings").set("kafka", kafkaTopic(shape));
        channel.put("x-key-property", contract.keyProperty());
        channel.set("x-dead-letter-topic", kafkaTopic(shape.deadLetter()));
        return channel;
    }

    private ObjectNode kafkaTopic(Topic topic) {
        ObjectNode binding = json.createObjectNode();
        binding.put("topic", topic.name());
        binding.put("partitions", topic.partitions());
        binding.putObject("topicConfiguration").putArray("cleanup.policy").add(topic.compacted() ? "compact" : "delete");
        binding.put("bindingVersion", KAFKA_BINDING_VERSION);
        return binding;
    }

    private ObjectNode message(TopicContract contract, Class<? extends Record> event) {
        String type = TopicContract.typeOf(event);
        ObjectNode payload = schemas.of(event);
        ObjectNode message = json.createObjectNode();
        message.put("name", type);
        message.put("title", event.getSimpleName());
        message.put("contentType", CloudEventHeadersSchema.JSON);
        message.set("headers", CloudEventHeadersSchema.of(json, type, contract.publisher(), contract.keyProperty()));
        message.set("payload", payload);
        ObjectNode key = ((ObjectNode) payload.get("properties").get(contract.keyProperty())).deepCopy();
        key.put("description", "the payload's " + contract.keyProperty());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.set("key", key);
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        message.put("x-java-type", event.getName());
        ArrayNode examples = message.putArray("examples");
        examples.add(samples.of(type));
        return message;
    }

    private ObjectNode operation(TopicContract contract, String action, String service, String summary) {
        ObjectNode operation = json.createObjectNode();
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + contract.topic());
        operation.put("title", service + ("send".equals(action) ? " publishes to " : " consumes ") + contract.topic());
        operation.put("summary", summary);
        operation.putArray("tags").addObject().put("name", service);
        ArrayNode messages = operation.putArray("messages");
        for (String type : contract.events().stream().map(TopicContract::typeOf).toList()) {
            messages.addObject().put("$ref", "#/channels/" + contract.topic() + "/messages/" + type);
        }
        return operation;
    }

    static List<String> types() {
        return Topics.contracts().stream().flatMap(c -> c.events().stream()).map(TopicContract::typeOf).toList();
    }
}
