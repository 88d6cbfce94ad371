package dev.emporium.contracts.asyncapi;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kafka headers of an event: CloudEvents 1.0 binary mode as platform-core's OutboxRelay writes them. Every
 * header is a UTF-8 string; nothing else is sent, so no other header is allowed (a header the relay starts sending
 * fails the producers' contract tests until it is described here).
 */
final class CloudEventHeadersSchema {

    static final String JSON = "application/json";

    private CloudEventHeadersSchema() {
    }

    static ObjectNode of(JsonMapper json, String type, String publisher, String keyProperty) {
        ObjectNode schema = json.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        constant(properties, "ce_specversion", "1.0", "the CloudEvents version");
        string(properties, "ce_id", "uuid", "unique per event; consumers deduplicate by it");
        constant(properties, "ce_source", "/emporium/" + publisher, "the publishing service");
        constant(properties, "ce_type", type, "the event type: which record the payload is");
        string(properties, "ce_time", "date-time", "when the publishing transaction wrote the event (UTC)");
        string(properties, "ce_subject", null, "the record key: the payload's " + keyProperty);
        constant(properties, "content-type", JSON, "the payload's media type");
        ObjectNode traceparent = string(properties, "traceparent", null,
                "W3C trace context of the request that caused the event; absent when nothing was traced");
        traceparent.put("pattern", "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
        schema.putArray("required").add("ce_specversion").add("ce_id").add("ce_source").add("ce_type").add("ce_time")
                .add("ce_subject").add("content-type");
        schema.put("additionalProperties", false);
        return schema;
    }

    private static void constant(ObjectNode properties, String name, String value, String description) {
        properties.putObject(name).put("type", "string").put("const", value).put("description", description);
    }

    private static ObjectNode string(ObjectNode properties, String name, String format, String description) {
        ObjectNode property = properties.putObject(name).put("type", "string");
        if (format != null) {
            property.put("format", format);
        }
        return property.put("description", description);
    }
}
