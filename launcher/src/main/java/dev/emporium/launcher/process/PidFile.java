package dev.emporium.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Remembers a detached process across launcher runs: its pid and its start time. The start time is what makes
 * a stale file harmless: after a reboot the pid may belong to an unrelated process, whose start time differs.
 */
public record PidFile(Path path) {

    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);

    public void write(ProcessHandle process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("");
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, process.pid() + "\n" + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded process if it is still alive and still the one that was recorded. */
    public Optional<ProcessHandle> liveProcess() {
        List<String> lines;
        try {
            lines = Files.exists(path) ? Files.readAllLines(path) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> recordedStart = lines.size() > 1 && !lines.get(1).isBlank()
                ? Optional.of(Instant.parse(lines.get(1).strip())) : Optional.empty();
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(Processes::isRunning)
                .filter(process -> sameStart(process.info().startInstant(), recordedStart));
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameStart(Optional<Instant> actual, Optional<Instant> recorded) {
        if (actual.isEmpty() || recorded.isEmpty()) {
            return true;
        }
        return Duration.between(actual.get(), recorded.get()).abs().compareTo(START_TIME_TOLERANCE) <= 0;
    }
}
