package dev.emporium.launcher.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void parsesEveryCommand() {
        assertThat(CommandLine.parse("up")).isEqualTo(new CommandLine(CommandLine.Command.UP, java.util.Optional.empty(), false, false));
        assertThat(CommandLine.parse("up", "--foreground").foreground()).isTrue();
        assertThat(CommandLine.parse("down").command()).isEqualTo(CommandLine.Command.DOWN);
        assertThat(CommandLine.parse("status").command()).isEqualTo(CommandLine.Command.STATUS);
        assertThat(CommandLine.parse("--help").command()).isEqualTo(CommandLine.Command.HELP);
        assertThat(CommandLine.parse("restart", "identity").target()).contains("identity");
        CommandLine logs = CommandLine.parse("logs", "-f", "kafka");
        assertThat(logs.target()).contains("kafka");
        assertThat(logs.follow()).isTrue();
        assertThat(CommandLine.parse("logs", "kafka").follow()).isFalse();
    }

    @Test
    void parsesTheBackgroundTrainingsCommandWithItsServices() {
        CommandLine training = CommandLine.parse("train-aot-caches", "identity,catalog");

        assertThat(training.command()).isEqualTo(CommandLine.Command.TRAIN_AOT_CACHES);
        assertThat(training.target()).contains("identity,catalog");
        assertThat(CommandLine.USAGE).doesNotContain("train-aot-caches");
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(CommandLine::parse).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse("start")).hasMessageContaining("Unknown command: start");
        assertThatThrownBy(() -> CommandLine.parse("up", "--fast")).hasMessageContaining("--fast");
        assertThatThrownBy(() -> CommandLine.parse("restart")).hasMessageContaining("restart <service>");
        assertThatThrownBy(() -> CommandLine.parse("restart", "a", "b")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse("logs", "--tail")).isInstanceOf(UsageException.class);
    }
}
