package dev.emporium.testsupport.apicontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which changes of a committed API contract are accepted, and on what conditions. */
class ApiContractGateTest {

    static final String CONTRACT = """
            {"openapi": "3.1.0", "info": {"title": "Things", "version": "1.2.0"},
             "paths": {"/api/v1/things": {
               "get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
               "post": {"parameters": [{"in": "query", "name": "dryRun", "required": false, "schema": {"type": "boolean"}}],
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingRequest"}}}},
                        "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "status": {"type": "string", "enum": ["NEW", "DONE"]},
                         "children": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}},
               "ThingRequest": {"type": "object", "properties": {"name": {"type": "string"}, "note": {"type": "string"}}, "required": ["name"]}}}}
            """;

    @TempDir Path docs;
    ApiContract contract;

    @BeforeEach
    void commit() throws IOException {
        Files.writeString(docs.resolve("things.openapi.json"), CONTRACT);
        contract = ApiContract.in("things", docs);
    }

    @Test
    void acceptsTheCommittedDocumentWrittenInAnotherOrder() {
        contract.assertServes(JsonDiff.normalised(JsonDiff.parse(CONTRACT)));
    }

    @Test
    void failsOnAnyDifferenceAndSaysWhereAndHowToAcceptIt() {
        String served = CONTRACT.replace("\"title\": \"Things\"", "\"title\": \"All the things\"");
        assertThatThrownBy(() -> contract.assertServes(served))
                .hasMessageContaining("~ /info/title: \"Things\" -> \"All the things\"")
                .hasMessageContaining("-Demporium.api.update=true");
    }

    @Test
    void findsARemovedOperationBreaking() {
        String served = CONTRACT.replace("\"get\": {\"responses\"", "\"head\": {\"responses\"");
        assertThat(breakingChanges(served)).containsExactly("GET /api/v1/things: operation removed");
    }

    @Test
    void findsARemovedResponseFieldBreaking() {
        String served = CONTRACT.replace("\"id\": {\"type\": \"string\"}, ", "");
        assertThat(breakingChanges(served)).contains("GET /api/v1/things response 200: field id removed");
    }

    @Test
    void findsARemovedEnumValueBreaking() {
        String served = CONTRACT.replace("[\"NEW\", \"DONE\"]", "[\"NEW\"]");
        assertThat(breakingChanges(served)).contains("GET /api/v1/things response 200.status: enum value \"DONE\" removed");
    }

    @Test
    void findsANewRequiredRequestFieldBreaking() {
        String served = CONTRACT.replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"note\"]");
        assertThat(breakingChanges(served)).containsExactly("POST /api/v1/things request body: field note became required");
    }

    @Test
    void findsAParameterThatBecameRequiredBreaking() {
        String served = CONTRACT.replace("\"required\": false", "\"required\": true");
        assertThat(breakingChanges(served)).containsExactly("POST /api/v1/things: query parameter dryRun became required");
    }

    @Test
    void findsAChangedFieldTypeBreaking() {
        String served = CONTRACT.replace("\"note\": {\"type\": \"string\"}", "\"note\": {\"type\": \"integer\"}");
        assertThat(breakingChanges(served)).containsExactly("POST /api/v1/things request body.note: type changed from \"string\" to \"integer\"");
    }

    @Test
    void findsARequestFieldAcceptingMoreTypesCompatible() {
        String served = CONTRACT.replace("\"note\": {\"type\": \"string\"}", "\"note\": {\"type\": [\"string\", \"number\"]}");
        assertThat(breakingChanges(served)).isEmpty();
    }

    @Test
    void findsAnAddedOptionalFieldCompatible() {
        String served = CONTRACT.replace("\"note\": {\"type\": \"string\"}", "\"note\": {\"type\": \"string\"}, \"colour\": {\"type\": \"string\"}")
                .replace("\"id\": {\"type\": \"string\"}", "\"id\": {\"type\": \"string\"}, \"createdAt\": {\"type\": \"string\"}");
        assertThat(breakingChanges(served)).isEmpty();
        assertThat(contract.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served))).isEmpty();
    }

    @Test
    void refusesABreakingChangeWithoutANewMajorVersion() {
        String served = CONTRACT.replace("[\"NEW\", \"DONE\"]", "[\"NEW\"]").replace("1.2.0", "1.3.0");
        assertThatThrownBy(() -> contract.assertServes(served))
                .hasMessageContaining("cannot be accepted yet")
                .hasMessageContaining("Breaking changes need a new major version");
    }

    @Test
    void refusesABreakingChangeWithANewMajorVersionButNoChangelogEntry() {
        String served = CONTRACT.replace("[\"NEW\", \"DONE\"]", "[\"NEW\"]").replace("1.2.0", "2.0.0");
        assertThat(contract.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served)))
                .singleElement().asString().contains("'## things 2.0.0'");
    }

    @Test
    void acceptsABreakingChangeWithANewMajorVersionAndItsChangelogEntry() throws IOException {
        Files.writeString(docs.resolve("CHANGELOG.md"), "## things 2.0.0 - 2026-12-02\n- `status` no longer has DONE.\n");
        String served = CONTRACT.replace("[\"NEW\", \"DONE\"]", "[\"NEW\"]").replace("1.2.0", "2.0.0");
        assertThat(contract.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served))).isEmpty();
    }

    @Test
    void refusesADeprecationTheChangelogDoesNotAnnounce() throws IOException {
        String served = CONTRACT.replace("\"get\": {\"responses\"", "\"get\": {\"deprecated\": true, \"responses\"");
        assertThat(contract.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served))).singleElement().asString()
                .contains("GET /api/v1/things");
        Files.writeString(docs.resolve("CHANGELOG.md"), "## things 1.3.0\n- `GET /api/v1/things` is deprecated: use search.\n");
        assertThat(contract.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served))).isEmpty();
    }

    @Test
    void acceptsInternalOperationsLeavingThePublicContract() {
        String withInternal = CONTRACT.replace("\"paths\": {", "\"paths\": {\"/internal/things/holds\": {"
                + "\"post\": {\"responses\": {\"200\": {\"content\": {\"application/json\": {\"schema\": {\"type\": \"object\"}}}}}}}, ");

        assertThat(OpenApiCompatibility.breakingChanges(JsonDiff.parse(withInternal), JsonDiff.parse(CONTRACT)))
                .containsExactly("POST /internal/things/holds: operation removed");
        assertThat(contract.refusals(JsonDiff.parse(withInternal), JsonDiff.parse(CONTRACT))).isEmpty();
    }

    @Test
    void keepsTheInternalContractInAFileOfItsOwn() {
        ApiContract internal = ApiContract.internalIn("things", docs);
        assertThatThrownBy(() -> internal.assertServes(CONTRACT))
                .hasMessageContaining("things.internal.openapi.json");
    }

    @Test
    void refusesABreakingChangeOfTheInternalContractWithoutANewMajorInternalVersion() throws IOException {
        Files.writeString(docs.resolve("things.internal.openapi.json"), CONTRACT);
        ApiContract internal = ApiContract.internalIn("things", docs);
        String served = CONTRACT.replace("\"get\": {\"responses\"", "\"head\": {\"responses\"");

        assertThat(internal.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served))).singleElement().asString()
                .contains("emporium.api.internal.version").contains("GET /api/v1/things: operation removed");
    }

    @Test
    void acceptsABreakingChangeOfTheInternalContractWithItsOwnChangelogEntry() throws IOException {
        ApiContract internal = ApiContract.internalIn("things", docs);
        String served = CONTRACT.replace("\"get\": {\"responses\"", "\"head\": {\"responses\"").replace("1.2.0", "2.0.0");
        assertThat(internal.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served))).singleElement().asString()
                .contains("'## things internal 2.0.0'");

        Files.writeString(docs.resolve("CHANGELOG.md"), "## things internal 2.0.0 - 2026-12-02\n- `GET /api/v1/things` is gone.\n");
        assertThat(internal.refusals(JsonDiff.parse(CONTRACT), JsonDiff.parse(served))).isEmpty();
    }

    private static java.util.List<String> breakingChanges(String served) {
        return OpenApiCompatibility.breakingChanges(JsonDiff.parse(CONTRACT), JsonDiff.parse(served));
    }
}
