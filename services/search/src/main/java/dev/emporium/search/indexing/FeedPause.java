package dev.emporium.search.indexing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits between a feed's attempts without interrupting its thread (an interrupt would close Lucene's file channels);
 * {@link #wake()} ends the wait early, for a stop or a rebuild request.
 */
final class FeedPause {

    private final Object monitor = new Object();

    /** @param cancelled checked under the monitor, so a wake() just before the wait is not missed */
    void sleep(Duration duration, BooleanSupplier cancelled) {
        synchronized (monitor) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            try {
                monitor.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void wake() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }
}
