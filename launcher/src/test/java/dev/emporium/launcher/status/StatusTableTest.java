package dev.emporium.launcher.status;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTableTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void showsEachComponentsMemoryAndTheTotal() {
        List<String> lines = StatusTable.render(List.of(
                new ComponentStatus("postgres", "ready", Optional.of(101L), OptionalLong.of(96 * MIB), "jdbc:postgresql://127.0.0.1:5433/"),
                new ComponentStatus("catalog", "ready", Optional.of(202L), OptionalLong.of(180 * MIB + MIB / 2), "http://127.0.0.1:8082")),
                "PSS");

        assertThat(lines).containsExactly(
                "COMPONENT      STATE   PID       MEM (PSS)  ADDRESS",
                "postgres       ready   101         96.0MiB  jdbc:postgresql://127.0.0.1:5433/",
                "catalog        ready   202        180.5MiB  http://127.0.0.1:8082",
                "TOTAL                             276.5MiB");
    }

    @Test
    void componentsNotRunningHereShowNoMemoryAndCountNothing() {
        List<String> lines = StatusTable.render(List.of(
                new ComponentStatus("redis", "ready", Optional.empty(), OptionalLong.empty(), "redis://127.0.0.1:6379  (external)"),
                new ComponentStatus("search", "up", Optional.of(303L), OptionalLong.of(2 * 1024 * MIB), "http://127.0.0.1:8083")),
                "RSS");

        assertThat(lines).containsExactly(
                "COMPONENT      STATE   PID       MEM (RSS)  ADDRESS",
                "redis          ready   -                 -  redis://127.0.0.1:6379  (external)",
                "search         up      303          2.0GiB  http://127.0.0.1:8083",
                "TOTAL                               2.0GiB");
    }

    @Test
    void nothingRunningHasNoTotal() {
        List<String> lines = StatusTable.render(List.of(
                new ComponentStatus("gateway", "down", Optional.empty(), OptionalLong.empty(), "http://127.0.0.1:8080")), "PSS");

        assertThat(lines).last().isEqualTo("TOTAL                                    -");
    }
}
