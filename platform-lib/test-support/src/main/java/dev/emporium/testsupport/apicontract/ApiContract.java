package dev.emporium.testsupport.apicontract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as a contract committed in {@code docs/api/<service>.openapi.json}. The document the
 * running service serves must equal it, so every API change shows up as a reviewed diff of that file. A breaking
 * change (see {@link OpenApiCompatibility}) is accepted only with a new major {@code info.version} and an entry
 * {@code ## <service> <version>} in {@code docs/api/CHANGELOG.md}; a new deprecation only with a changelog line
 * naming it. Run the test with {@code -Demporium.api.update=true} to rewrite the committed file once those hold.
 *
 * <p>A service with internal endpoints has a second contract, its internal document ({@code /v3/api-docs/internal},
 * {@code /internal/**} only) committed in {@code docs/api/<service>.internal.openapi.json} ({@link #internalOf}),
 * under the same rules with its own version ({@code emporium.api.internal.version}) and changelog sections
 * {@code ## <service> internal <version>}. {@code /internal/**} operations are never part of a public contract:
 * the gateway does not route them, so no client of the public document could call them, and an earlier public
 * contract that still lists them may drop them (they are guarded by the internal contract).
 */
public final class ApiContract {

    private final String service;
    private final boolean internal;
    private final Path committed;
    private final Path changelog;
    private final boolean updateRequested;

    private ApiContract(String service, boolean internal, Path docs, boolean updateRequested) {
        this.service = service;
        this.internal = internal;
        this.updateRequested = updateRequested;
        this.committed = docs.resolve(service + (internal ? ".internal" : "") + ".openapi.json");
        this.changelog = docs.resolve("CHANGELOG.md");
    }

    /** The public document ({@code /v3/api-docs}) in {@code docs/api/<service>.openapi.json}. */
    public static ApiContract of(String service) {
        return new ApiContract(service, false, RepositoryFiles.root().resolve("docs/api"), RepositoryFiles.updateRequested());
    }

    /** The internal document ({@code /v3/api-docs/internal}) in {@code docs/api/<service>.internal.openapi.json}. */
    public static ApiContract internalOf(String service) {
        return new ApiContract(service, true, RepositoryFiles.root().resolve("docs/api"), RepositoryFiles.updateRequested());
    }

    /** For tests of this class: the contract kept in another directory, never rewritten. */
    static ApiContract in(String service, Path docs) {
        return new ApiContract(service, false, docs, false);
    }

    /** For tests of this class: the internal contract kept in another directory, never rewritten. */
    static ApiContract internalIn(String service, Path docs) {
        return new ApiContract(service, true, docs, false);
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
        String report = "The " + name() + " API differs from its contract " + committed + " in "
                + differences.size() + " places:\n  " + String.join("\n  ", differences.subList(0, Math.min(60, differences.size())))
                + (differences.size() > 60 ? "\n  ..." : "");
        acceptOrFail(normalised, refusals, report);
    }

    /** What keeps a changed document from being accepted: unannounced breaking changes and deprecations. */
    List<String> refusals(JsonNode accepted, JsonNode served) {
        List<String> refusals = new ArrayList<>();
        ApiChangelog log = ApiChangelog.read(changelog);
        JsonNode contract = internal ? accepted : withoutInternalPaths(accepted);
        List<String> breaking = OpenApiCompatibility.breakingChanges(contract, served);
        String version = served.at("/info/version").asString();
        if (!breaking.isEmpty()) {
            if (ApiChangelog.major(version) <= ApiChangelog.major(accepted.at("/info/version").asString())) {
                refusals.add("Breaking changes need a new major version (emporium.api." + (internal ? "internal." : "")
                        + "version, now " + version + "):\n    " + String.join("\n    ", breaking));
            } else if (!log.hasEntry(name(), version)) {
                refusals.add("Breaking changes need an entry '## " + name() + " " + version + "' in " + changelog
                        + " saying what changed:\n    " + String.join("\n    ", breaking));
            }
        }
        List<String> unannounced = ApiChangelog.missingDeprecationNotes(log, OpenApiCompatibility.newDeprecations(contract, served));
        if (!unannounced.isEmpty()) {
            refusals.add("Deprecations need a line in " + changelog + " naming the operation and the word 'deprecated': "
                    + String.join(", ", unannounced));
        }
        return refusals;
    }

    /** How the changelog names this contract: {@code inventory}, or {@code inventory internal}. */
    private String name() {
        return internal ? service + " internal" : service;
    }

    /** A public contract without its {@code /internal/**} operations, which no public client could ever call. */
    private static JsonNode withoutInternalPaths(JsonNode document) {
        JsonNode copy = document.deepCopy();
        if (copy.path("paths") instanceof ObjectNode paths) {
            paths.propertyNames().stream().filter(path -> path.startsWith("/internal/")).toList().forEach(paths::remove);
        }
        return copy;
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
