package dev.emporium.launcher.services;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's life cycle (looked up at a start, trained afterwards), with a stand-in for the java command (a shell
 * script that extracts by copying the jar and "trains" by writing the cache file) that records how it was called.
 */
@DisabledOnOs(OS.WINDOWS)
class AotCacheTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m");
    private static final Map<String, String> ENV = Map.of("SERVER_PORT", "18081");

    @TempDir
    Path dir;

    private Path java;
    private Path jar;
    private Path log;
    private AotCache cache;

    @BeforeEach
    void standInForJava() throws IOException {
        java = dir.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                echo "$* port=$SERVER_PORT" >> "$(dirname "$0")/calls"
                while [ $# -gt 0 ]; do
                  case "$1" in
                    -jar) jar=$2; shift ;;
                    --destination) mkdir -p "$2" && cp "$jar" "$2/" || exit 1; [ -e "$(dirname "$0")/fail-extract" ] && exit 3; exit 0 ;;
                    -XX:AOTCacheOutput=*) output=${1#-XX:AOTCacheOutput=} ;;
                  esac
                  shift
                done
                [ -e "$(dirname "$0")/fail-training" ] && exit 1
                [ -e "$(dirname "$0")/crash-training" ] && exit 134
                [ -e "$(dirname "$0")/killed-training" ] && kill -KILL $$
                [ -e "$(dirname "$0")/hang-training" ] && sleep 60
                echo cache > "$output"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        jar = Jars.write(dir.resolve("target").resolve("identity-exec.jar"), "build 1");
        log = dir.resolve("identity.log");
        cache = new AotCache(java, Duration.ofSeconds(30));
    }

    @Test
    void aBuildWithoutACacheStartsFromItsJarAsBuiltAndTrainsNothingOnTheWay() {
        AotCache.Launch launch = cache.launch("identity", jar, OPTIONS);

        assertThat(launch).isEqualTo(new AotCache.Launch(jar, List.of(), true));
        assertThat(dir.resolve("calls")).doesNotExist();
    }

    @Test
    void aTrainedBuildStartsFromItsExtractedJarWithTheCache() throws IOException {
        AotCache.Outcome outcome = cache.train("identity", jar, OPTIONS, ENV, dir, log);

        AotCache.Launch launch = cache.launch("identity", jar, OPTIONS);
        Path buildDir = buildDir();
        assertThat(outcome).isEqualTo(AotCache.Outcome.TRAINED);
        assertThat(launch).isEqualTo(new AotCache.Launch(buildDir.resolve("identity-exec.jar"),
                List.of("-XX:AOTCache=" + buildDir.resolve("app.aot")), false));
        assertThat(buildDir.resolve("app.aot")).isRegularFile();
    }

    @Test
    void trainingRunsWithTheServicesOptionsAndEnvironmentAndStopsAfterTheRefresh() throws IOException {
        cache.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(calls()).hasSize(2);
        assertThat(calls().getFirst()).contains("-Djarmode=tools -jar " + jar + " extract --destination");
        assertThat(calls().getLast())
                .startsWith("-XX:+UseSerialGC -Xmx256m -XX:AOTCacheOutput=")
                .contains("-Dspring.context.exit=onRefresh -jar ")
                .endsWith("port=18081");
    }

    @Test
    void trainsWithAServiceEnvironmentThatRemovesAnInheritedVariable() throws IOException {
        Map<String, String> env = new java.util.HashMap<>(ENV);
        env.put("EMPORIUM_POSTGRES_PASSWORD", null); // the launcher's own credentials are kept from services

        AotCache.Outcome outcome = cache.train("identity", jar, OPTIONS, env, dir, log);

        assertThat(outcome).isEqualTo(AotCache.Outcome.TRAINED);
        assertThat(calls().getLast()).endsWith("port=18081");
    }

    @Test
    void aTrainedBuildIsNotTrainedAgain() throws IOException {
        cache.train("identity", jar, OPTIONS, ENV, dir, log);

        AotCache.Outcome again = cache.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(again).isEqualTo(AotCache.Outcome.SETTLED);
        assertThat(calls()).hasSize(2);
    }

    @Test
    void aNewBuildTrainsAgainAndTheOldCacheIsRemoved() throws IOException {
        cache.train("identity", jar, OPTIONS, ENV, dir, log);
        AotCache.Launch old = cache.launch("identity", jar, OPTIONS);
        Jars.write(jar, "build 2");

        AotCache.Outcome outcome = cache.train("identity", jar, OPTIONS, ENV, dir, log);

        AotCache.Launch fresh = cache.launch("identity", jar, OPTIONS);
        assertThat(outcome).isEqualTo(AotCache.Outcome.TRAINED);
        assertThat(fresh.jar()).isNotEqualTo(old.jar()).isRegularFile();
        assertThat(fresh.options()).hasSize(1);
        assertThat(old.jar().getParent()).doesNotExist();
        assertThat(calls()).hasSize(4);
    }

    @Test
    void aJarRebuiltWithoutAChangeKeepsItsCache() throws IOException {
        String before = AotCache.key(jar, java, OPTIONS);

        Jars.write(jar, "build 1", Instant.parse("2026-12-24T18:00:00Z"));

        assertThat(AotCache.key(jar, java, OPTIONS)).isEqualTo(before);
    }

    @Test
    void otherJvmOptionsNeedAnotherCache() throws IOException {
        assertThat(AotCache.key(jar, java, OPTIONS)).isNotEqualTo(AotCache.key(jar, java, List.of("-XX:+UseSerialGC", "-Xmx384m")));
    }

    @Test
    void aTrainingWhoseJvmFailsIsNotTriedAgainForTheSameBuild() throws IOException {
        Files.createFile(dir.resolve("fail-training"));

        AotCache.Outcome first = cache.train("identity", jar, OPTIONS, ENV, dir, log);
        AotCache.Outcome second = cache.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(first).isEqualTo(AotCache.Outcome.FAILED);
        assertThat(second).isEqualTo(AotCache.Outcome.SETTLED);
        assertThat(calls()).hasSize(2);
        assertThat(cache.launch("identity", jar, OPTIONS))
                .isEqualTo(new AotCache.Launch(buildDir().resolve("identity-exec.jar"), List.of(), false));
    }

    @Test
    void aTrainingWhoseJvmCrashesIsNotTriedAgainForTheSameBuild() throws IOException {
        Files.createFile(dir.resolve("crash-training")); // exits as an aborted JVM does (128 + SIGABRT)

        AotCache.Outcome outcome = cache.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(outcome).isEqualTo(AotCache.Outcome.FAILED);
        assertThat(buildDir().resolve(AotCache.FAILED_MARKER)).content().contains("exit 134");
    }

    @Test
    void aTrainingThatRunsOutOfTimeIsStoppedAndTriedAgainAtTheNextStart() throws IOException {
        Files.createFile(dir.resolve("hang-training"));
        AotCache impatient = new AotCache(java, Duration.ofSeconds(2));

        AotCache.Outcome first = impatient.train("identity", jar, OPTIONS, ENV, dir, log);
        boolean trainableAfterwards = impatient.launch("identity", jar, OPTIONS).trainable();
        Files.delete(dir.resolve("hang-training"));
        AotCache.Outcome second = impatient.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(first).isEqualTo(AotCache.Outcome.RETRY);
        assertThat(trainableAfterwards).isTrue();
        assertThat(second).isEqualTo(AotCache.Outcome.TRAINED);
        assertThat(buildDir().resolve(AotCache.FAILED_MARKER)).doesNotExist();
    }

    @Test
    void aTrainingKilledFromOutsideIsTriedAgainAtTheNextStart() throws IOException {
        Files.createFile(dir.resolve("killed-training")); // SIGKILL, as the OOM killer or a down does

        AotCache.Outcome outcome = cache.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(outcome).isEqualTo(AotCache.Outcome.RETRY);
        assertThat(buildDir().resolve(AotCache.FAILED_MARKER)).doesNotExist();
        assertThat(cache.launch("identity", jar, OPTIONS).trainable()).isTrue();
    }

    @Test
    void aBuildAnotherLauncherIsTrainingIsLeftToIt() throws IOException {
        Path buildDir = Files.createDirectories(buildDir());
        Files.copy(jar, buildDir.resolve("identity-exec.jar"));

        AotCache.Outcome outcome;
        try (FileChannel channel = FileChannel.open(buildDir.resolve(AotCache.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            outcome = cache.train("identity", jar, OPTIONS, ENV, dir, log);
        }

        assertThat(outcome).isEqualTo(AotCache.Outcome.BUSY);
        assertThat(dir.resolve("calls")).doesNotExist();
    }

    @Test
    void whatAKilledTrainingLeftIsRemovedByTheNextOne() throws IOException {
        Path buildDir = Files.createDirectories(buildDir());
        Files.copy(jar, buildDir.resolve("identity-exec.jar"));
        Path leftover = Files.writeString(buildDir.resolve("app.aot.tmp-4242.config"), "half");

        cache.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(leftover).doesNotExist();
        assertThat(buildDir.resolve("app.aot")).isRegularFile();
    }

    @Test
    void aFailedExtractionKeepsTheJarAsBuiltAndIsTriedAgainAtTheNextStart() throws IOException {
        Files.createFile(dir.resolve("fail-extract"));

        AotCache.Outcome outcome = cache.train("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(outcome).isEqualTo(AotCache.Outcome.RETRY);
        assertThat(cache.launch("identity", jar, OPTIONS)).isEqualTo(new AotCache.Launch(jar, List.of(), true));
        try (var leftovers = Files.list(jar.resolveSibling("aot"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    private Path buildDir() throws IOException {
        return jar.resolveSibling("aot").resolve(AotCache.key(jar, java, OPTIONS));
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(dir.resolve("calls"));
    }
}
