package dev.emporium.testsupport.apicontract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code docs/api/CHANGELOG.md}: a section per service and version, {@code ## <service> <version>}, saying what
 * changed; deprecations are lines naming the operation and the word "deprecated".
 */
public record ApiChangelog(String text) {

    public static ApiChangelog read(Path file) {
        try {
            return new ApiChangelog(Files.exists(file) ? Files.readString(file) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasEntry(String service, String version) {
        return text.lines().anyMatch(line -> line.strip().startsWith("## " + service + " " + version));
    }

    /** True when a line names the operation ({@code GET /api/v1/x}) and says it is deprecated. */
    public boolean announcesDeprecation(String operation) {
        return text.lines().anyMatch(line -> line.contains(operation) && line.toLowerCase(Locale.ROOT).contains("deprecated"));
    }

    static int major(String version) {
        String major = version.split("\\.", 2)[0].replaceFirst("^v", "");
        try {
            return Integer.parseInt(major);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("info.version must be a semantic version such as 1.2.0, not " + version);
        }
    }

    static List<String> missingDeprecationNotes(ApiChangelog changelog, List<String> deprecated) {
        return deprecated.stream().filter(operation -> !changelog.announcesDeprecation(operation)).toList();
    }
}
