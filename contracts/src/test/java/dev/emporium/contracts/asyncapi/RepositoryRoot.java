package dev.emporium.contracts.asyncapi;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root, found from wherever the build runs the tests (the module directory, usually). */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))
                    && Files.isDirectory(dir.resolve("contracts"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a directory with mvnw, docs/ and contracts/) above "
                + Path.of("").toAbsolutePath());
    }
}
