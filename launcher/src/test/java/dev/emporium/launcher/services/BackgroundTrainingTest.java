package dev.emporium.launcher.services;

import dev.emporium.launcher.process.Processes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainer a ready platform leaves behind, with stand-ins for the java command: one that trains (records when
 * each training starts and ends) and one that stands in for the trainer JVM itself.
 */
@DisabledOnOs(OS.WINDOWS)
class BackgroundTrainingTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m");

    @TempDir
    Path dir;

    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        started.forEach(Processes::killTree);
    }

    @Test
    void trainsOneServiceAtATimeInTheGivenOrder() throws IOException {
        BackgroundTraining training = trainingWith(standIn("""
                case "$*" in *AOTCacheOutput*) ;; *) exit 0 ;; esac
                echo "start $SERVICE" >> "$HERE/calls"; sleep 0.3; echo "end $SERVICE" >> "$HERE/calls"
                """));

        training.trainEach(List.of(job("identity"), job("catalog")), () -> true);

        assertThat(Files.readAllLines(dir.resolve("calls")))
                .containsExactly("start identity", "end identity", "start catalog", "end catalog");
    }

    @Test
    void stopsOnceThePlatformHasStopped() throws IOException {
        BackgroundTraining training = trainingWith(standIn("""
                case "$*" in *AOTCacheOutput*) echo "train $SERVICE" >> "$HERE/calls" ;; esac
                """));
        AtomicInteger checks = new AtomicInteger();

        training.trainEach(List.of(job("identity"), job("catalog")), () -> checks.incrementAndGet() == 1);

        assertThat(Files.readAllLines(dir.resolve("calls"))).containsExactly("train identity");
    }

    @Test
    void theTrainerRunsDetachedInItsOwnSessionAtTheLowestPriorityOnTheLaunchersClassPath() throws IOException {
        BackgroundTraining training = trainingWith(standIn("""
                session=$(cut -d' ' -f6 /proc/$$/stat)
                echo "nice=$(nice) session=$session pid=$$ home=$EMPORIUM_HOME args=$*" > "$HERE/trainer"
                """));

        training.start(List.of("identity", "catalog"));

        String trainer = awaitContent(dir.resolve("trainer"));
        String pid = trainer.replaceAll(".* pid=(\\d+) .*\\s*", "$1");
        assertThat(trainer).startsWith("nice=" + BackgroundTraining.LOWEST_PRIORITY + " session=" + pid + " pid=" + pid)
                .contains("home=/emporium-home")
                .endsWith("dev.emporium.launcher.Launcher train-aot-caches identity,catalog\n")
                .contains("-cp " + String.join(":", Stream.of(System.getProperty("java.class.path").split(":"))
                        .map(entry -> Path.of(entry).toAbsolutePath().toString()).toList()) + " ");
        assertThat(dir.resolve("run/" + pid + ".pid")).isRegularFile();
    }

    @Test
    void stoppingTheTrainingKillsTheTrainerWithTheTrainingItRuns() throws IOException {
        BackgroundTraining training = trainingWith(standIn("""
                sleep 300 & echo $! > "$HERE/training"
                echo $$ > "$HERE/trainer"
                wait
                """));
        training.start(List.of("identity"));
        ProcessHandle trainer = ProcessHandle.of(Long.parseLong(awaitContent(dir.resolve("trainer")).strip())).orElseThrow();
        ProcessHandle trainingJvm = ProcessHandle.of(Long.parseLong(awaitContent(dir.resolve("training")).strip())).orElseThrow();
        started.addAll(List.of(trainer, trainingJvm));

        training.stopAll();

        assertThat(Processes.isRunning(trainer)).isFalse();
        assertThat(Processes.awaitExit(trainingJvm, Duration.ofSeconds(5))).isTrue();
        try (var pidFiles = Files.list(dir.resolve("run"))) {
            assertThat(pidFiles).isEmpty();
        }
    }

    @Test
    void tellsWhetherTheTrainerLeadsItsOwnSession() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 1450 0 0 0 5 3 0 0 39 19 20 0 123 456 789";

        assertThat(BackgroundTraining.leadsItsSession(stat, 4242)).isTrue();
        assertThat(BackgroundTraining.leadsItsSession(stat.replaceFirst(" 4242 4242 ", " 4242 1000 "), 4242)).isFalse();
    }

    /** A java stand-in: extraction copies the jar, anything else runs {@code body} (HERE: the test's directory). */
    private Path standIn(String body) throws IOException {
        Path java = dir.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                HERE="$(dirname "$0")"
                previous=""
                for arg in "$@"; do
                  [ "$previous" = "-jar" ] && jar=$arg
                  [ "$previous" = "--destination" ] && { mkdir -p "$arg" && cp "$jar" "$arg/"; exit 0; }
                  previous=$arg
                done
                """ + body);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return java;
    }

    private BackgroundTraining trainingWith(Path java) {
        AotCache cache = new AotCache(java, Duration.ofSeconds(30));
        return new BackgroundTraining(cache, java, dir.resolve("run"), dir, dir.resolve("aot-training.log"),
                Map.of("EMPORIUM_HOME", "/emporium-home"));
    }

    private BackgroundTraining.Job job(String service) throws IOException {
        Path jar = Jars.write(dir.resolve("target").resolve(service).resolve(service + "-exec.jar"), "build of " + service);
        return new BackgroundTraining.Job(service, jar, OPTIONS, Map.of("SERVICE", service));
    }

    private static String awaitContent(Path file) throws IOException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!Files.exists(file) || Files.size(file) == 0) {
            assertThat(Instant.now()).as("waiting for " + file).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Files.readString(file);
    }
}
