package dev.emporium.launcher.build;

import dev.emporium.launcher.cli.Console;
import dev.emporium.launcher.config.Settings;
import dev.emporium.launcher.services.ServiceCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Does {@code ./platform} have to build before it runs? Yes when a runnable jar is missing, or when a pom.xml or
 * a main source file somewhere in the repository is newer than the oldest jar and than the last build
 * ./platform made (the stamp it touches afterwards: Maven leaves a jar untouched when its module did not change,
 * so without the stamp an edit to an unrelated module would trigger a build on every run). Test sources do not
 * go into any jar and are ignored.
 */
public final class BuildFreshness {

    public static final int EXIT_FRESH = 0;
    public static final int EXIT_STALE = 1;

    /** Build output and tool directories; hidden directories (.git, .emporium, ...) are skipped too. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");

    private BuildFreshness() {
    }

    /** The {@code check-build} command: prints why a build is needed; exit status 0 fresh, 1 stale. */
    public static int check(Settings settings) {
        List<Path> jars = new ArrayList<>();
        jars.add(settings.launcherJar());
        ServiceCatalog.load(settings.servicesFile()).names().forEach(name -> jars.add(settings.serviceJar(name)));
        Path stamp = settings.launcherDir().resolve("build.stamp");
        List<String> reasons = staleReasons(settings.repo(), jars, stamp);
        reasons.forEach(Console::out);
        return reasons.isEmpty() ? EXIT_FRESH : EXIT_STALE;
    }

    public static List<String> staleReasons(Path repo, List<Path> jars, Path stamp) {
        List<String> missing = jars.stream().filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> repo.relativize(jar) + " is missing").toList();
        if (!missing.isEmpty()) {
            return missing;
        }
        FileTime oldestJar = jars.stream().map(BuildFreshness::modified).min(FileTime::compareTo).orElseThrow();
        FileTime builtAt = Files.exists(stamp) && modified(stamp).compareTo(oldestJar) > 0 ? modified(stamp) : oldestJar;
        return newestInput(repo)
                .filter(input -> modified(input).compareTo(builtAt) > 0)
                .map(input -> List.of(repo.relativize(input) + " is newer than the last build"))
                .orElse(List.of());
    }

    static Optional<Path> newestInput(Path repo) {
        Path[] newest = {null};
        try {
            Files.walkFileTree(repo, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skipped = !dir.equals(repo) && (SKIPPED_DIRECTORIES.contains(name) || name.startsWith(".")
                            || (name.equals("test") && dir.getParent().getFileName().toString().equals("src")));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean input = file.getFileName().toString().equals("pom.xml") || isUnderSrc(repo.relativize(file));
                    if (input && (newest[0] == null || attributes.lastModifiedTime().compareTo(modified(newest[0])) > 0)) {
                        newest[0] = file;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(newest[0]);
    }

    private static boolean isUnderSrc(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals("src")) {
                return true;
            }
        }
        return false;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
