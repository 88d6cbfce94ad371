package dev.emporium.launcher.services;

import dev.emporium.launcher.cli.Console;
import dev.emporium.launcher.process.Processes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A JDK 25 AOT cache per service (JEP 483/514/515: classes loaded and linked, method profiles), made once per build
 * of its jar: the jar is extracted (the cache works only with a plain class path, not Spring Boot's nested jars)
 * and a training run starts the service with its real environment up to the end of the context refresh
 * ({@code -Dspring.context.exit=onRefresh}: every singleton created, nothing started, no port bound) and writes
 * the cache as it exits. The cache lives beside the jar, {@code target/aot/<key>/}, so every platform started
 * from that build (tests with their own EMPORIUM_HOME too) shares it, and {@code mvn clean} drops it with the jar.
 * The key covers the jar's content, the JVM and its options: a new build or option trains again. Starting a service
 * only looks the cache up ({@link #launch}); training is {@link BackgroundTraining}'s, after the platform is ready.
 * Anything that fails here only costs the speed-up: the service then runs from its jar as before.
 */
final class AotCache {

    static final String DIRECTORY = "aot";
    static final String CACHE_FILE = "app.aot";
    static final String FAILED_MARKER = "training-failed";
    static final String LOCK_FILE = "training.lock";

    /**
     * Exit statuses of a JVM stopped from outside: 128 + SIGHUP, SIGINT, SIGKILL (also the kernel's OOM killer),
     * SIGTERM. That says something about the machine at the time, nothing about the build.
     */
    private static final Set<Integer> STOPPED_FROM_OUTSIDE = Set.of(129, 130, 137, 143);

    /**
     * What to run: the jar and the options that use the cache (none without one); {@code trainable} when this build
     * has no cache yet and its training has not failed.
     */
    record Launch(Path jar, List<String> options, boolean trainable) {
    }

    /** How a training went. */
    enum Outcome {
        /** The cache is there now. */
        TRAINED,
        /** Nothing to do: a cache, or a training that failed for this build, is already there. */
        SETTLED,
        /** Another launcher is training this build right now. */
        BUSY,
        /** The JVM failed: not tried again for this build ({@value #FAILED_MARKER}). */
        FAILED,
        /** Timed out, stopped from outside or could not run: tried again at the service's next start. */
        RETRY
    }

    private final Path java;
    private final Duration timeout;

    AotCache(Path java, Duration timeout) {
        this.java = java;
        this.timeout = timeout;
    }

    /**
     * How to run {@code execJar}: with its cache if this build has one, else as built (or extracted, if it was).
     * Never trains. {@code jvmOptions} must be the options the service will run with: the JVM refuses a cache made
     * with others.
     */
    Launch launch(String service, Path execJar, List<String> jvmOptions) {
        try {
            Path dir = buildDir(execJar, jvmOptions);
            Path jar = dir.resolve(execJar.getFileName());
            Path cache = dir.resolve(CACHE_FILE);
            if (Files.isRegularFile(jar) && Files.isRegularFile(cache)) {
                return new Launch(jar, List.of("-XX:AOTCache=" + cache), false);
            }
            boolean trainable = !Files.exists(dir.resolve(FAILED_MARKER));
            return new Launch(Files.isRegularFile(jar) ? jar : execJar, List.of(), trainable);
        } catch (RuntimeException | IOException e) {
            Console.error("  " + service + ": no AOT cache (" + e.getMessage() + "); starting from its jar");
            return new Launch(execJar, List.of(), false);
        }
    }

    /**
     * Makes the cache of this build of {@code execJar} unless there is one (or its training failed before): extracts
     * the jar, then trains under a lock beside the cache, so two launchers sharing the build never train it twice
     * at once. {@code env} and {@code workingDir} are the service's; the JVM's output goes to {@code log}.
     */
    Outcome train(String service, Path execJar, List<String> jvmOptions, Map<String, String> env, Path workingDir, Path log) {
        try {
            Path dir = buildDir(execJar, jvmOptions);
            if (settled(dir)) {
                return Outcome.SETTLED;
            }
            Path jar = dir.resolve(execJar.getFileName());
            if (!Files.isRegularFile(jar)) {
                ExtractedBuilds.extract(java, execJar, dir, log, timeout);
                ExtractedBuilds.removeOthers(dir);
            }
            try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    return Outcome.BUSY;
                }
                if (settled(dir)) {
                    return Outcome.SETTLED;
                }
                removeLeftovers(dir);
                return runTraining(service, jar, dir.resolve(CACHE_FILE), jvmOptions, env, workingDir, log);
            }
        } catch (RuntimeException | IOException e) {
            Console.error("  " + service + ": no AOT cache this time (" + e.getMessage() + "); tried again at its next start");
            return Outcome.RETRY;
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

    /**
     * Jar content, JVM binary and options: what a cache is valid for. 16 hex digits name its directory. The content
     * is read from the jar's central directory (each entry's name, CRC-32 and size, nested jars included as entries):
     * as sensitive to a change as hashing every byte, but a few hundred kilobytes to read instead of 70 MB per jar.
     */
    static String key(Path jar, Path java, List<String> jvmOptions) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().forEach(entry -> digest.update((entry.getName() + " " + Long.toHexString(entry.getCrc()) + " "
                        + entry.getSize() + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            Path javaBinary = java.toRealPath();
            digest.update((javaBinary + "\n" + Files.getLastModifiedTime(javaBinary) + "\n" + String.join(" ", jvmOptions))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome runTraining(String service, Path jar, Path cache, List<String> jvmOptions, Map<String, String> env,
                                Path workingDir, Path log) throws IOException {
        Console.out(String.format("  %-14s training its AOT cache", service));
        Path output = cache.resolveSibling(CACHE_FILE + ".tmp-" + ProcessHandle.current().pid());
        String failure;
        try {
            int exit = Processes.runToCompletion(trainingCommand(java, jar, output, jvmOptions), env, workingDir, log, timeout);
            if (exit == 0 && Files.isRegularFile(output)) {
                Files.move(output, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Console.out(String.format("  %-14s AOT cache trained; its next start uses it", service));
                return Outcome.TRAINED;
            }
            if (STOPPED_FROM_OUTSIDE.contains(exit)) {
                return retryLater(service, "stopped by signal " + (exit - 128), log);
            }
            failure = exit == 0 ? "exit 0 without a cache" : "exit " + exit;
        } catch (Processes.TimedOutException e) {
            return retryLater(service, e.getMessage(), log);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
        }
        // not retried for this build: a service that cannot finish its refresh would fail a training per start
        Files.writeString(cache.resolveSibling(FAILED_MARKER), "training failed: " + failure + ", see " + log + "\n");
        Console.error("  " + service + ": training its AOT cache failed (" + failure + ", see " + log + "); not tried"
                + " again for this build (delete " + cache.resolveSibling(FAILED_MARKER) + " to retry)");
        return Outcome.FAILED;
    }

    private static Outcome retryLater(String service, String reason, Path log) {
        Console.error("  " + service + ": AOT cache not trained (" + reason + ", see " + log
                + "); tried again at its next start");
        return Outcome.RETRY;
    }

    private Path buildDir(Path execJar, List<String> jvmOptions) throws IOException {
        return execJar.getParent().resolve(DIRECTORY).resolve(key(execJar, java, jvmOptions));
    }

    private static boolean settled(Path dir) {
        return Files.isRegularFile(dir.resolve(CACHE_FILE)) || Files.exists(dir.resolve(FAILED_MARKER));
    }

    /** Null when another process, or another thread of this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** What a training killed with its launcher left (only called under the lock: nobody else is writing them). */
    private static void removeLeftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith(CACHE_FILE + ".tmp-")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
