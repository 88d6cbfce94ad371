package dev.emporium.testsupport.apicontract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository a test runs in, found from the module directory Maven runs tests in. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The repository's root: the nearest directory up from here holding {@code mvnw} and {@code docs/}. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the Emporium repository: no directory above "
                + Path.of("").toAbsolutePath() + " holds mvnw and docs/");
    }

    /** True when the developer asked the contract tests to rewrite the committed documents instead of failing. */
    public static boolean updateRequested() {
        return Boolean.getBoolean("emporium.api.update") || "true".equalsIgnoreCase(System.getenv("EMPORIUM_API_UPDATE"));
    }
}
