package dev.emporium.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CappedBackoffTest {

    @Test
    void doublesThePauseAfterEachFailureUpToTheCap() {
        CappedBackoff<Void> backoff = new CappedBackoff<>(Duration.ofSeconds(5), Duration.ofMinutes(1));

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofMinutes(1));
    }
}
