package dev.emporium.testsupport.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import dev.emporium.testsupport.apicontract.RepositoryFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed AsyncAPI document, {@code docs/api/asyncapi.json}, read from the checkout the tests run in. The
 * contracts module's test keeps it equal to what the contracts generate, so checking against it is checking against
 * the contracts.
 */
final class EventsDocument {

    static final String PATH = "docs/api/asyncapi.json";

    private static EventsDocument loaded;

    private final JsonNode document;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private EventsDocument(JsonNode document) {
        this.document = document;
    }

    static synchronized EventsDocument get() {
        if (loaded == null) {
            Path file = RepositoryFiles.root().resolve(PATH);
            try {
                loaded = new EventsDocument(JsonMapper.shared().readTree(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return loaded;
    }

    /** The channel whose address is this topic. */
    Optional<JsonNode> channel(String topic) {
        return document.get("channels").valueStream().filter(c -> topic.equals(c.path("address").asString())).findFirst();
    }

    /** The channel's message named with this CloudEvents type, its {@code $ref} resolved. */
    Optional<JsonNode> message(JsonNode channel, String type) {
        return messages(channel).stream().filter(m -> type.equals(m.path("name").asString())).findFirst();
    }

    List<JsonNode> messages(JsonNode channel) {
        List<JsonNode> messages = new ArrayList<>();
        channel.get("messages").valueStream().map(this::resolve).forEach(messages::add);
        return messages;
    }

    /** Validation errors of {@code instance} against a schema of the document, formats asserted. */
    List<String> errors(JsonNode schema, JsonNode instance) {
        Schema compiled = schemas.getSchema(schema);
        List<Error> errors = compiled.validate(instance, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
        // "/path: message" for a part of the instance, just the message for the instance itself
        return errors.stream().map(Error::toString).map(error -> error.startsWith("/") ? " " + error : ": " + error).toList();
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : document.at(ref.asString().substring(1));
    }
}
