package dev.emporium.testsupport.apicontract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A service's OpenAPI document as a contract committed in {@code docs/api/<service>.openapi.json}. The document the
 * running service serves must equal it, so every API change shows up as a reviewed diff of that file. A breaking
 * change (see {@link OpenApiCompatibility}) is accepted only with a new major {@code info.version} and an entry
 * {@code ## <service> <version>} in {@code docs/api/CHANGELOG.md}; a new deprecation only with a changelog line
 * naming it. Run the test with {@code -Demporium.api.update=true} to rewrite the committed file once those hold.
 */
public final class ApiContract {

    private final String service;
    private final Path committed;
    private final Path changelog;
    private final boolean updateRequested;

    private ApiContract(String service, Path docs, boolean updateRequested) {
        this.service = service;
        this.updateRequested = updateRequested;
        this.committed = docs.resolve(service + ".openapi.json");
        this.changelog = docs.resolve("CHANGELOG.md");
    }

    public static ApiContract of(String service) {
        return new ApiContract(service, RepositoryFiles.root().resolve("docs/api"), RepositoryFiles.updateRequested());
    }

    /** For tests of this class: the contract kept in another directory, never rewritten. */
    static ApiContract in(String service, Path docs) {
        return new ApiContract(service, docs, false);
    }

    /** Fails unless the served document is the committed one (or rewrites it, when asked and allowed). */
    public void assertServes(String servedJson) {
        JsonNode served = JsonDiff.parse(servedJson);
        String normalised = JsonDiff.normalised(served);
        if (!Files.exists(committed)) {
            acceptOrFail(normalised, List.of(), "There is no committed contract " + committed + " yet.");
            return;
        }
        JsonNode accepted = JsonDiff.parse(read(committed));
        if (JsonDiff.normalised(accepted).equals(normalised)) {
            return;
        }
        List<String> refusals = refusals(accepted, served);
        List<String> differences = JsonDiff.differences(accepted, served);
        String report = "The " + service + " API differs from its contract " + committed + " in "
                + differences.size() + " places:\n  " + String.join("\n  ", differences.subList(0, Math.min(60, differences.size())))
                + (differences.size() > 60 ? "\n  ..." : "");
        acceptOrFail(normalised, refusals, report);
    }

    /** What keeps a changed document from being accepted: unannounced breaking changes and deprecations. */
    List<String> refusals(JsonNode accepted, JsonNode served) {
        List<String> refusals = new ArrayList<>();
        ApiChangelog log = ApiChangelog.read(changelog);
        List<String> breaking = OpenApiCompatibility.breakingChanges(accepted, served);
        String version = served.at("/info/version").asString();
        if (!breaking.isEmpty()) {
            if (ApiChangelog.major(version) <= ApiChangelog.major(accepted.at("/info/version").asString())) {
                refusals.add("Breaking changes need a new major version (emporium.api.version, now " + version + "):\n    "
                        + String.join("\n    ", breaking));
            } else if (!log.hasEntry(service, version)) {
                refusals.add("Breaking changes need an entry '## " + service + " " + version + "' in " + changelog
                        + " saying what changed:\n    " + String.join("\n    ", breaking));
            }
        }
        List<String> unannounced = ApiChangelog.missingDeprecationNotes(log, OpenApiCompatibility.newDeprecations(accepted, served));
        if (!unannounced.isEmpty()) {
            refusals.add("Deprecations need a line in " + changelog + " naming the operation and the word 'deprecated': "
                    + String.join(", ", unannounced));
        }
        return refusals;
    }

    private void acceptOrFail(String normalised, List<String> refusals, String report) {
        if (!refusals.isEmpty()) {
            throw new AssertionError(report + "\n\nThis change cannot be accepted yet:\n  " + String.join("\n  ", refusals));
        }
        if (!updateRequested) {
            throw new AssertionError(report + "\n\nIf the change is intended, accept it with -Demporium.api.update=true "
                    + "(e.g. ./mvnw verify -pl services/" + service + " -am -Dtest=ApiContractTest -Demporium.api.update=true) "
                    + "and commit the new " + committed.getFileName() + ".");
        }
        try {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, normalised);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
