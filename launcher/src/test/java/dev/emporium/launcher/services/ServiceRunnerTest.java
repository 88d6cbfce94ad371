package dev.emporium.launcher.services;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ServiceRunnerTest {

    private static final ServiceDefinition IDENTITY = new ServiceDefinition("identity", 8081, "256m", Optional.of("identity"));

    @Test
    void servicesRunWithABoundedFootprintButKeepTheC2Compiler() {
        assertThat(ServiceRunner.command(Path.of("/jdk/bin/java"), IDENTITY, Path.of("/repo/identity.jar"), List.of()))
                .containsExactly("/jdk/bin/java", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-Xms16m",
                        "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:TrimNativeHeapInterval=30000", "-Xss512k", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m", "-Xmx256m",
                        "-jar", "/repo/identity.jar")
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void aServiceWithAnAotCacheRunsItsExtractedJarWithTheCache() {
        assertThat(ServiceRunner.command(Path.of("/jdk/bin/java"), IDENTITY, Path.of("/aot/k/identity.jar"),
                List.of("-XX:AOTCache=/aot/k/app.aot")))
                .endsWith("-Xmx256m", "-XX:AOTCache=/aot/k/app.aot", "-jar", "/aot/k/identity.jar");
    }

    @Test
    void servicesGetTwoMallocArenas() {
        assertThat(ServiceRunner.NATIVE_MEMORY_ENVIRONMENT).containsExactly(entry("MALLOC_ARENA_MAX", "2"));
    }
}
