package dev.emporium.platform.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;

/**
 * Retries a failed job without limit, the pause doubling from {@code first} up to {@code max}: a refund must happen
 * however long payment is down, and a service back after an outage should not be hit by every job at once.
 */
public final class CappedBackoff<T> implements FailureHandler<T> {

    private final Duration first;
    private final Duration max;

    public CappedBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    @Override
    public void onFailure(ExecutionComplete executionComplete, ExecutionOperations<T> executionOperations) {
        int failures = executionComplete.getExecution().consecutiveFailures;
        executionOperations.reschedule(executionComplete, executionComplete.getTimeDone().plus(delayAfter(failures + 1)));
    }

    /** The pause after the n-th failure in a row (n ≥ 1). */
    public Duration delayAfter(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }
}
