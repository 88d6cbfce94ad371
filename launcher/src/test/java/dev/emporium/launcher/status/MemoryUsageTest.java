package dev.emporium.launcher.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryUsageTest {

    private static final String SMAPS_ROLLUP = """
            55d0c3a00000-7ffd5a3f5000 ---p 00000000 00:00 0                          [rollup]
            Rss:              301412 kB
            Pss:              287654 kB
            Pss_Dirty:        250112 kB
            Pss_Anon:         249876 kB
            Pss_File:          37778 kB
            Pss_Shmem:             0 kB
            Shared_Clean:      20132 kB
            Private_Dirty:    250112 kB
            SwapPss:               0 kB
            """;

    @Test
    void readsThePssLineOfSmapsRollupInBytes() {
        assertThat(MemoryUsage.parsePss(SMAPS_ROLLUP)).isEqualTo(OptionalLong.of(287_654L * 1024));
    }

    @Test
    void doesNotMistakeThePssBreakdownOrSwapPssForTheTotal() {
        String withoutTotal = SMAPS_ROLLUP.lines().filter(line -> !line.startsWith("Pss:"))
                .reduce("", (text, line) -> text + line + "\n");

        assertThat(MemoryUsage.parsePss(withoutTotal)).isEmpty();
    }

    @Test
    void readsPsRssInKilobytes() {
        assertThat(MemoryUsage.parsePsRss("  123456\n")).isEqualTo(OptionalLong.of(123_456L * 1024));
    }

    @Test
    void psOutputWithoutANumberIsUnknown() {
        assertThat(MemoryUsage.parsePsRss("")).isEmpty();
        assertThat(MemoryUsage.parsePsRss("RSS\n")).isEmpty();
    }

    @Test
    void formatsInBinaryUnitsWithOneDecimalLikeDockerStats() {
        assertThat(MemoryUsage.format(512)).isEqualTo("512B");
        assertThat(MemoryUsage.format(1536)).isEqualTo("1.5KiB");
        assertThat(MemoryUsage.format(287_654L * 1024)).isEqualTo("280.9MiB");
        assertThat(MemoryUsage.format(2_362_232_013L)).isEqualTo("2.2GiB");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void measuresThisJvmAsSomethingBetweenItsHeapInUseAndItsAddressSpace() {
        Runtime runtime = Runtime.getRuntime();
        long heapInUse = runtime.totalMemory() - runtime.freeMemory();

        OptionalLong pss = MemoryUsage.ofProcessTree(ProcessHandle.current());

        assertThat(pss).isPresent();
        assertThat(pss.getAsLong()).isGreaterThan(heapInUse / 2).isLessThan(64L * 1024 * 1024 * 1024);
        assertThat(MemoryUsage.measure()).isEqualTo("PSS");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void addsTheChildProcessesOfAComponentLikePostgresBackends() throws Exception {
        Process parent = new ProcessBuilder("sh", "-c", "sleep 60 & sleep 60 & wait").start();
        try {
            List<ProcessHandle> children = awaitChildren(parent.toHandle(), 2);
            long childrenAlone = children.stream().mapToLong(child -> MemoryUsage.ofProcessTree(child).orElseThrow()).sum();

            long tree = MemoryUsage.ofProcessTree(parent.toHandle()).orElseThrow();

            assertThat(childrenAlone).isPositive();
            assertThat(tree).isGreaterThan(childrenAlone);
        } finally {
            parent.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly().waitFor();
        }
    }

    @Test
    void aProcessThatIsGoneHasNoFigure() throws Exception {
        Process child = new ProcessBuilder("true").start();
        child.waitFor();
        ProcessHandle gone = child.toHandle();

        assertThat(MemoryUsage.ofProcessTree(gone)).isEmpty();
    }

    private static List<ProcessHandle> awaitChildren(ProcessHandle parent, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (parent.children().count() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        List<ProcessHandle> children = parent.children().toList();
        assertThat(children).hasSize(count);
        return children;
    }
}
