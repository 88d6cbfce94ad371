package dev.emporium.launcher.services;

import dev.emporium.launcher.Launcher;
import dev.emporium.launcher.cli.CommandLine;
import dev.emporium.launcher.cli.Console;
import dev.emporium.launcher.process.PidFile;
import dev.emporium.launcher.process.Processes;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Trains the AOT caches a start found missing once the platform is ready, so that the next start uses them
 * (launcher README, "AOT cache"). A detached launcher JVM of its own (the hidden command
 * {@value CommandLine#TRAIN_AOT_CACHES}) trains one service at a time at the lowest CPU priority: nice 19, and the
 * same for its session's autogroup, since with autogroup scheduling (Linux's default) nice ranks a process only
 * against its own session. Its pid is recorded in {@code run/aot-training/}; {@code down} kills it, with the
 * training it runs, before it stops anything else.
 */
public final class BackgroundTraining {

    public static final String LOG = "aot-training";

    /** Generous: nothing waits for a training, and one that runs out of time is tried again at the next start. */
    static final Duration TIMEOUT = Duration.ofMinutes(15);
    static final int LOWEST_PRIORITY = 19;

    /** One service's training: its jar, the options it runs with and its environment. */
    record Job(String service, Path execJar, List<String> jvmOptions, Map<String, String> env) {
    }

    private final AotCache cache;
    private final Path java;
    private final Path pidDir;
    private final Path workingDir;
    private final Path log;
    private final Map<String, String> trainerEnvironment;

    /**
     * @param pidDir             where trainers record their pids
     * @param workingDir         the services' (the repository root)
     * @param trainerEnvironment on top of the launcher's, for the trainer JVM (EMPORIUM_HOME, EMPORIUM_REPO)
     */
    BackgroundTraining(AotCache cache, Path java, Path pidDir, Path workingDir, Path log, Map<String, String> trainerEnvironment) {
        this.cache = cache;
        this.java = java;
        this.pidDir = pidDir;
        this.workingDir = workingDir;
        this.log = log;
        this.trainerEnvironment = Map.copyOf(trainerEnvironment);
    }

    /** Starts a trainer for {@code services} (in that order) and returns at once; its output goes to the log. */
    void start(List<String> services) {
        Process trainer = Processes.startDetached(trainerCommand(java, absolute(System.getProperty("java.class.path")), services),
                trainerEnvironment, workingDir, log);
        new PidFile(pidDir.resolve(trainer.pid() + ".pid")).write(trainer.toHandle());
        Console.out(String.format("  %-14s training the AOT caches of %s in the background at low priority (log %s);"
                + " the next start uses them", "aot-training", String.join(", ", services), log));
    }

    /** The trainer: this launcher's classes on a small JVM, niced (setsid comes from {@link Processes#startDetached}). */
    static List<String> trainerCommand(Path java, String classPath, List<String> services) {
        List<String> command = new ArrayList<>();
        Processes.findOnPath("nice").ifPresent(nice -> command.addAll(List.of(nice.toString(), "-n", Integer.toString(LOWEST_PRIORITY))));
        command.addAll(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-cp", classPath,
                Launcher.class.getName(), CommandLine.TRAIN_AOT_CACHES, String.join(",", services)));
        return command;
    }

    /** The launcher's class path may be relative to where it was started (README: {@code java -cp 'launcher/target/…'}). */
    static String absolute(String classPath) {
        return Stream.of(classPath.split(File.pathSeparator)).map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * The trainer's work: one job after another while {@code platformRunning} (a training needs the infrastructure);
     * whatever one job's outcome, the next is tried. Ends by removing the trainer's pid file.
     */
    void trainEach(List<Job> jobs, BooleanSupplier platformRunning) {
        try {
            for (Job job : jobs) {
                if (!platformRunning.getAsBoolean()) {
                    Console.out("The platform has stopped: the remaining AOT caches are trained after its next start.");
                    return;
                }
                cache.train(job.service(), job.execJar(), job.jvmOptions(), job.env(), workingDir, log);
            }
        } finally {
            new PidFile(pidDir.resolve(ProcessHandle.current().pid() + ".pid")).delete();
        }
    }

    /** Kills every trainer of this home with the training it runs: a half-made cache is never kept. */
    void stopAll() {
        if (!Files.isDirectory(pidDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(pidDir)) {
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList()) {
                PidFile pidFile = new PidFile(file);
                pidFile.liveProcess().ifPresent(trainer -> {
                    Console.out("Stopping the AOT cache training (pid " + trainer.pid() + "); it resumes after the next start");
                    Processes.killTree(trainer);
                });
                pidFile.delete();
            }
        } catch (IOException e) {
            Console.error("Cannot read " + pidDir + ": " + e.getMessage());
        }
    }

    /**
     * With autogroup scheduling, CPU time is shared between sessions first: a trainer in its own session (setsid)
     * would get as much as a whole service however niced it is. Its session's autogroup gets nice 19 too, which
     * also covers the training JVMs it starts. Nothing happens in a session it does not lead (the user's terminal).
     */
    static void lowerSessionPriority() {
        try {
            Path autogroup = Path.of("/proc/self/autogroup");
            if (Files.exists(autogroup) && leadsItsSession(Files.readString(Path.of("/proc/self/stat")), ProcessHandle.current().pid())) {
                Files.writeString(autogroup, Integer.toString(LOWEST_PRIORITY));
            }
        } catch (IOException | RuntimeException e) {
            // then only nice applies
        }
    }

    /** From /proc/&lt;pid&gt;/stat: after the command in parentheses come state, ppid, pgrp and session. */
    static boolean leadsItsSession(String stat, long pid) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]) == pid;
    }
}
