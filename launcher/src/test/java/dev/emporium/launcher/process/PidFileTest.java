package dev.emporium.launcher.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void findsTheRecordedProcessWhileItRuns() {
        PidFile pidFile = new PidFile(dir.resolve("run/self.pid"));

        pidFile.write(ProcessHandle.current());

        assertThat(pidFile.liveProcess()).contains(ProcessHandle.current());
    }

    @Test
    void aPidNowUsedByAnotherProcessIsNotMistakenForTheRecordedOne() throws Exception {
        PidFile pidFile = new PidFile(dir.resolve("reused.pid"));
        Files.writeString(pidFile.path(), ProcessHandle.current().pid() + "\n2001-01-01T00:00:00Z\n");

        assertThat(pidFile.liveProcess()).isEmpty();
    }

    @Test
    void noFileOrAnExitedProcessMeansNothingRuns() throws Exception {
        PidFile pidFile = new PidFile(dir.resolve("gone.pid"));
        assertThat(pidFile.liveProcess()).isEmpty();

        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        pidFile.write(exited.toHandle());
        assertThat(pidFile.liveProcess()).isEmpty();

        pidFile.delete();
        assertThat(pidFile.path()).doesNotExist();
    }
}
