package dev.emporium.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The recorded samples, which consumers' tests publish, are events the contracts allow. */
class RecordedSamplesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNode document = new AsyncApiDocument(json).generate();
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    @Test
    void samplesFitTheirMessagesHeadersAndPayloadSchemas() {
        for (JsonNode message : messages()) {
            for (JsonNode sample : message.get("examples")) {
                assertThat(errors(message.get("headers"), sample.get("headers"))).as(message.get("name") + " headers").isEmpty();
                assertThat(errors(message.get("payload"), sample.get("payload"))).as(message.get("name") + " payload").isEmpty();
            }
        }
    }

    @Test
    void samplesReadIntoTheirEventRecordsWithoutLosingAnything() throws ClassNotFoundException {
        for (JsonNode message : messages()) {
            Class<?> record = Class.forName(message.get("x-java-type").asString());
            for (JsonNode sample : message.get("examples")) {
                Object event = json.treeToValue(sample.get("payload"), record);
                assertThat(json.readTree(json.writeValueAsString(event))).as(record.getSimpleName()).isEqualTo(sample.get("payload"));
            }
        }
    }

    @Test
    void everySampleFileIsOfAnEventTypeOfTheContracts() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getClassLoader().getResource(Samples.DIRECTORY).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")))
                    .containsExactlyInAnyOrderElementsOf(AsyncApiDocument.types());
        }
    }

    private List<JsonNode> messages() {
        return document.get("components").get("messages").valueStream().toList();
    }

    private List<String> errors(JsonNode schema, JsonNode instance) {
        return schemas.getSchema(schema).validate(instance, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }
}
