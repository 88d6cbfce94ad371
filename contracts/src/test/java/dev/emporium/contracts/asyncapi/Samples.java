package dev.emporium.contracts.asyncapi;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The recorded sample of each event type, {@code src/test/resources/samples/<ce_type>.json}: one Kafka record as a
 * producer emits it (its {@code headers} and {@code payload}), in the shape of an AsyncAPI message example. The
 * document carries them as its messages' examples, so a consumer's test can publish exactly these records.
 */
final class Samples {

    static final String DIRECTORY = "samples/";

    private final JsonMapper json;

    Samples(JsonMapper json) {
        this.json = json;
    }

    ObjectNode of(String type) {
        String resource = DIRECTORY + type + ".json";
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No recorded sample of " + type + ": add contracts/src/test/resources/"
                        + resource + " (headers and payload of one record as the producer emits it)");
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
