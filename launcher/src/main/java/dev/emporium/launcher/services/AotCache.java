package dev.emporium.launcher.services;

import dev.emporium.launcher.LauncherException;
import dev.emporium.launcher.cli.Console;
import dev.emporium.launcher.process.Processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A JDK 25 AOT cache per service (JEP 483/514/515: classes loaded and linked, method profiles), made once per build
 * of its jar: the jar is extracted (the cache works only with a plain class path, not Spring Boot's nested jars)
 * and a training run starts the service with its real environment up to the end of the context refresh
 * ({@code -Dspring.context.exit=onRefresh}: every singleton created, nothing started, no port bound) and writes
 * the cache as it exits. The cache lives beside the jar, {@code target/aot/<key>/}, so every platform started
 * from that build (tests with their own EMPORIUM_HOME too) shares it, and {@code mvn clean} drops it with the jar.
 * The key covers the jar's content, the JVM and its options: a new build or option trains again. Anything that
 * fails here only costs the speed-up: the service then runs from its jar as before.
 */
final class AotCache {

    static final String DIRECTORY = "aot";
    static final String CACHE_FILE = "app.aot";
    static final String FAILED_MARKER = "training-failed";

    /** What to run: the jar and the options that use the cache (none without one). */
    record Launch(Path jar, List<String> options) {
    }

    private final Path java;
    private final Duration timeout;

    AotCache(Path java, Duration timeout) {
        this.java = java;
        this.timeout = timeout;
    }

    /**
     * The launch of {@code execJar} with the cache, training it first if there is none for this build yet.
     * {@code jvmOptions} must be the options the service will run with: the JVM refuses a cache made with others.
     */
    Launch prepare(String service, Path execJar, List<String> jvmOptions, Map<String, String> env, Path workingDir, Path log) {
        try {
            Path dir = execJar.getParent().resolve(DIRECTORY).resolve(key(execJar, java, jvmOptions));
            Path jar = dir.resolve(execJar.getFileName());
            Path cache = dir.resolve(CACHE_FILE);
            if (!Files.isRegularFile(jar)) {
                extract(execJar, dir, log);
                removeOtherBuilds(dir);
            }
            if (!Files.isRegularFile(cache) && !Files.exists(dir.resolve(FAILED_MARKER))) {
                train(service, jar, cache, jvmOptions, env, workingDir, log);
            }
            return Files.isRegularFile(cache)
                    ? new Launch(jar, List.of("-XX:AOTCache=" + cache))
                    : new Launch(jar, List.of());
        } catch (RuntimeException | IOException e) {
            Console.error("  " + service + ": no AOT cache (" + e.getMessage() + "); starting from its jar");
            return new Launch(execJar, List.of());
        }
    }

    /** The JVM's training command: as the service runs, plus recording and the exit after the refresh. */
    static List<String> trainingCommand(Path java, Path jar, Path cacheOutput, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-XX:AOTCacheOutput=" + cacheOutput);
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Jar content, JVM binary and options: what a cache is valid for. 16 hex digits name its directory. */
    static String key(Path jar, Path java, List<String> jvmOptions) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(jar)) {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            Path javaBinary = java.toRealPath();
            digest.update((javaBinary + "\n" + Files.getLastModifiedTime(javaBinary) + "\n" + String.join(" ", jvmOptions))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Extracted beside, then moved into place: two launchers extracting the same build never see half a tree. */
    private void extract(Path execJar, Path dir, Path log) throws IOException {
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

    private void train(String service, Path jar, Path cache, List<String> jvmOptions, Map<String, String> env,
                       Path workingDir, Path log) throws IOException {
        Console.out(String.format("  %-14s training its AOT cache (once per build)", service));
        Path output = cache.resolveSibling(CACHE_FILE + ".tmp-" + ProcessHandle.current().pid());
        String failure;
        try {
            int exit = Processes.runToCompletion(trainingCommand(java, jar, output, jvmOptions), env, workingDir, log, timeout);
            if (exit == 0 && Files.isRegularFile(output)) {
                Files.move(output, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            failure = "exit " + exit;
        } catch (LauncherException e) {
            failure = e.getMessage();
        }
        Files.deleteIfExists(output);
        Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
        // not retried for this build: a service that cannot finish its refresh would pay a failed training per start
        Files.writeString(cache.resolveSibling(FAILED_MARKER), "training failed: " + failure + ", see " + log + "\n");
        Console.error("  " + service + ": training its AOT cache failed (" + failure + ", see " + log
                + "); it starts without one");
    }

    /** Caches of earlier builds are never used again. */
    private static void removeOtherBuilds(Path current) {
        try (Stream<Path> builds = Files.list(current.getParent())) {
            builds.filter(build -> !build.equals(current) && !build.getFileName().toString().contains(".extract-"))
                    .forEach(AotCache::deleteTree);
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
