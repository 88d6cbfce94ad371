package dev.emporium.launcher.process;

import dev.emporium.launcher.LauncherException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starting detached processes and stopping them again. */
public final class Processes {

    private static final Optional<Path> SETSID = findOnPath("setsid");

    private Processes() {
    }

    /** A command that was still running when its time was up (and was killed): the machine may just be busy. */
    public static final class TimedOutException extends LauncherException {

        public TimedOutException(String message) {
            super(message);
        }
    }

    /**
     * Starts a process that outlives the launcher and the terminal: a session of its own (setsid, so neither
     * Ctrl-C nor a closing terminal reaches it), stdin from /dev/null, stdout and stderr appended to its log.
     * setsid execs the command (a child of the JVM is no process group leader), so the pid is the command's.
     * The launcher's environment is inherited, with {@code environment} on top; a {@code null} value removes one.
     */
    public static Process startDetached(List<String> command, Map<String, String> environment, Path workingDir, Path log) {
        List<String> full = new ArrayList<>();
        SETSID.ifPresent(setsid -> full.add(setsid.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        overlay(builder, environment);
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new LauncherException("Cannot start " + command.getFirst() + ": " + e.getMessage(), e);
        }
    }

    /** The launcher's environment with {@code environment} on top; a {@code null} value removes an inherited one. */
    private static void overlay(ProcessBuilder builder, Map<String, String> environment) {
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
    }

    /** Runs a command to completion, its output appended to a log; returns its exit status. */
    public static int runToCompletion(List<String> command, Path log, Duration timeout) {
        return runToCompletion(command, Map.of(), null, log, timeout);
    }

    /** The same with additional environment variables, in {@code workingDir} (null: the launcher's). */
    public static int runToCompletion(List<String> command, Map<String, String> environment, Path workingDir, Path log,
                                      Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir == null ? null : workingDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        overlay(builder, environment);
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // e.g. the JVM writing an AOT cache runs a second JVM to assemble it
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new TimedOutException(command.getFirst() + " did not finish within " + timeout.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new LauncherException("Cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while running " + command.getFirst(), e);
        }
    }

    /**
     * Stops processes together: SIGTERM (or the given signal) to all, up to {@code grace} for them to finish,
     * then SIGKILL to what is left and its descendants. Returns false if any had to be killed.
     */
    public static boolean stop(Collection<ProcessHandle> processes, String signal, Duration grace) {
        processes.forEach(process -> {
            if ("TERM".equals(signal)) {
                process.destroy();
            } else {
                send(process, signal);
            }
        });
        Instant deadline = Instant.now().plus(grace);
        boolean graceful = true;
        for (ProcessHandle process : processes) {
            if (!awaitExit(process, Duration.between(Instant.now(), deadline))) {
                graceful = false;
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(5));
            }
        }
        return graceful;
    }

    /**
     * SIGKILL to a process {@link #startDetached started detached} and to everything it started. With setsid it
     * leads its own process group, which its children inherit: one signal to the group reaches them all at once,
     * even one started while the signal is sent. Its descendants as seen before are killed too (no setsid, or a
     * child that left the group).
     */
    public static void killTree(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (SETSID.isPresent() && isRunning(process)) {
            send("KILL", "--", "-" + process.pid());
        }
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        awaitExit(process, Duration.ofSeconds(5));
        descendants.forEach(descendant -> awaitExit(descendant, Duration.ofSeconds(5)));
    }

    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (isRunning(process)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(process);
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie. A detached process's parent is init, which may take seconds to reap it, and
     * {@link ProcessHandle#isAlive()} counts a zombie as alive; Linux tells them apart in /proc/&lt;pid&gt;/stat.
     */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    /** Signals Java cannot send itself (e.g. SIGINT, PostgreSQL's "fast shutdown"), through kill(1). */
    private static void send(ProcessHandle process, String signal) {
        if (!send(signal, Long.toString(process.pid()))) {
            process.destroy();
        }
    }

    /** kill(1) with {@code -signal} and the given arguments (its complaints discarded); false if it could not be run. */
    private static boolean send(String signal, String... arguments) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        command.addAll(List.of(arguments));
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    public static Optional<Path> findOnPath(String executable) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, executable);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
