package dev.emporium.launcher.services;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's life cycle, with a stand-in for the java command (a shell script that extracts by copying the jar
 * and "trains" by writing the cache file) that records how it was called.
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
                [ -e "$(dirname "$0")/hang-training" ] && sleep 60
                echo cache > "$output"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        jar = Files.createDirectories(dir.resolve("target")).resolve("identity-exec.jar");
        Files.writeString(jar, "build 1");
        log = dir.resolve("identity.log");
        cache = new AotCache(java, Duration.ofSeconds(30));
    }

    @Test
    void theFirstStartOfABuildTrainsAndRunsTheExtractedJarWithTheCache() throws IOException {
        AotCache.Launch launch = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);

        Path buildDir = jar.resolveSibling("aot").resolve(AotCache.key(jar, java, OPTIONS));
        assertThat(launch.jar()).isEqualTo(buildDir.resolve("identity-exec.jar")).isRegularFile();
        assertThat(launch.options()).containsExactly("-XX:AOTCache=" + buildDir.resolve("app.aot"));
        assertThat(buildDir.resolve("app.aot")).isRegularFile();
    }

    @Test
    void trainingRunsWithTheServicesOptionsAndEnvironmentAndStopsAfterTheRefresh() throws IOException {
        cache.prepare("identity", jar, OPTIONS, ENV, dir, log);

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

        AotCache.Launch launch = cache.prepare("identity", jar, OPTIONS, env, dir, log);

        assertThat(launch.options()).singleElement().asString().startsWith("-XX:AOTCache=");
        assertThat(calls().getLast()).endsWith("port=18081");
    }

    @Test
    void laterStartsOfTheSameBuildReuseTheCache() throws IOException {
        AotCache.Launch first = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);

        AotCache.Launch second = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(second).isEqualTo(first);
        assertThat(calls()).hasSize(2);
    }

    @Test
    void aNewBuildTrainsAgainAndTheOldCacheIsRemoved() throws IOException {
        AotCache.Launch old = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);
        Files.writeString(jar, "build 2");

        AotCache.Launch fresh = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(fresh.jar()).isNotEqualTo(old.jar()).isRegularFile();
        assertThat(fresh.options()).hasSize(1);
        assertThat(old.jar().getParent()).doesNotExist();
        assertThat(calls()).hasSize(4);
    }

    @Test
    void otherJvmOptionsNeedAnotherCache() throws IOException {
        assertThat(AotCache.key(jar, java, OPTIONS)).isNotEqualTo(AotCache.key(jar, java, List.of("-XX:+UseSerialGC", "-Xmx384m")));
    }

    @Test
    void aFailedTrainingStartsTheServiceWithoutACacheAndIsNotRetriedForTheSameBuild() throws IOException {
        Files.createFile(dir.resolve("fail-training"));

        AotCache.Launch first = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);
        AotCache.Launch second = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(first.options()).isEmpty();
        assertThat(first.jar()).isRegularFile();
        assertThat(second).isEqualTo(first);
        assertThat(calls()).hasSize(2);
    }

    @Test
    void aTrainingThatOutlastsTheStartTimeoutIsStoppedAndNotRetriedForTheSameBuild() throws IOException {
        Files.createFile(dir.resolve("hang-training"));
        AotCache impatient = new AotCache(java, Duration.ofSeconds(2));

        AotCache.Launch first = impatient.prepare("identity", jar, OPTIONS, ENV, dir, log);
        AotCache.Launch second = impatient.prepare("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(first.options()).isEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(calls()).hasSize(2);
        assertThat(first.jar().resolveSibling(AotCache.FAILED_MARKER)).isRegularFile();
    }

    @Test
    void aFailedExtractionRunsTheJarAsBuilt() throws IOException {
        Files.createFile(dir.resolve("fail-extract"));

        AotCache.Launch launch = cache.prepare("identity", jar, OPTIONS, ENV, dir, log);

        assertThat(launch).isEqualTo(new AotCache.Launch(jar, List.of()));
        try (var leftovers = Files.list(jar.resolveSibling("aot"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(dir.resolve("calls"));
    }
}
