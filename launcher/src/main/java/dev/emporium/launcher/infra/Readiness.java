package dev.emporium.launcher.infra;

import dev.emporium.launcher.process.Processes;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Waiting for a piece of infrastructure to answer. */
public final class Readiness {

    private Readiness() {
    }

    /**
     * Polls {@code ready} until it holds. Fails early if the process it waits for (when the launcher started it)
     * has exited, and after {@code timeout} otherwise.
     */
    public static void await(String component, String what, Duration timeout, Optional<ProcessHandle> process,
                             BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (process.isPresent() && !Processes.isRunning(process.get())) {
                throw new ComponentFailedException(component, what + " exited while starting");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ComponentFailedException(component, what + " was not ready within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ComponentFailedException(component, "Interrupted while waiting for " + what, e);
            }
        }
    }
}
