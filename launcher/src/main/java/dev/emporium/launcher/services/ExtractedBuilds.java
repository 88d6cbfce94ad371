package dev.emporium.launcher.services;

import dev.emporium.launcher.process.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The extracted jars under {@code target/aot/<key>/} (a plain class path: what an AOT cache needs), one per build. */
final class ExtractedBuilds {

    private ExtractedBuilds() {
    }

    /** Extracted beside, then moved into place: two launchers extracting the same build never see half a tree. */
    static void extract(Path java, Path execJar, Path dir, Path log, Duration timeout) throws IOException {
        Files.createDirectories(dir.getParent());
        Path staging = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".extract-");
        try {
            int exit = Processes.runToCompletion(List.of(java.toString(), "-Djarmode=tools", "-jar", execJar.toString(),
                    "extract", "--destination", staging.toString(), "--force"), log, timeout);
            if (exit != 0) {
                throw new IOException("extracting " + execJar.getFileName() + " failed (exit " + exit + "), see " + log);
            }
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another launcher extracted the same build meanwhile; its copy is as good as ours
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
            } catch (IOException e) {
                if (!Files.isRegularFile(dir.resolve(execJar.getFileName()))) {
                    throw e;
                }
            }
        } finally {
            deleteTree(staging);
        }
    }

    /** Caches of earlier builds are never used again. */
    static void removeOthers(Path current) {
        try (Stream<Path> builds = Files.list(current.getParent())) {
            builds.filter(build -> !build.equals(current) && !build.getFileName().toString().contains(".extract-"))
                    .forEach(ExtractedBuilds::deleteTree);
        } catch (IOException e) {
            // leftovers only take disk space
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // leftovers only take disk space
        }
    }
}
