package dev.emporium.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code docs/api/asyncapi.json} is the one the contracts generate. Run with
 * {@code -Demporium.api.update=true} (or {@code EMPORIUM_API_UPDATE=true}) to rewrite it after changing a contract.
 */
class AsyncApiDocumentTest {

    static final String ACCEPT = "./mvnw -q test -pl contracts -Dtest=AsyncApiDocumentTest -Demporium.api.update=true";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void committedDocumentIsTheGeneratedOne() throws IOException {
        Path file = RepositoryRoot.find().resolve("docs/api/asyncapi.json");
        String generated = pretty(new AsyncApiDocument(json).generate());
        if (updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
            return;
        }
        if (!Files.exists(file)) {
            fail("docs/api/asyncapi.json is missing. Generate it with\n  " + ACCEPT + "\nand commit it.");
        }
        // normalised: both parsed the same way, so only content differs, not layout or number representation
        JsonNode committed = json.readTree(Files.readString(file));
        List<String> differences = JsonDifferences.between(committed, json.readTree(generated));
        if (!differences.isEmpty()) {
            fail("docs/api/asyncapi.json differs from what the contracts generate (- only committed, + only generated,"
                    + " ~ changed):\n" + differences.stream().limit(40).collect(Collectors.joining("\n"))
                    + (differences.size() > 40 ? "\n... and " + (differences.size() - 40) + " more" : "")
                    + "\nIf the change is intended (and compatible for the consumers, or a new event version), accept it with\n  "
                    + ACCEPT + "\nand commit docs/api/asyncapi.json.");
        }
        assertThat(committed).isEqualTo(json.readTree(generated));
    }

    private String pretty(JsonNode document) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return json.writer().with(printer).writeValueAsString(document) + "\n";
    }

    private static boolean updating() {
        return Boolean.getBoolean("emporium.api.update") || "true".equalsIgnoreCase(System.getenv("EMPORIUM_API_UPDATE"));
    }
}
