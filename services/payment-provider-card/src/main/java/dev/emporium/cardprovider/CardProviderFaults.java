package dev.emporium.cardprovider;

import dev.emporium.payment.provider.ProviderUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults a test (or an operator trying the platform) injects into the provider, per operation ({@code tokenize},
 * {@code authorize}, {@code capture}, {@code void}, {@code refund}) for the next n calls: a timeout before anything
 * happens, a 5xx, or a timeout after the provider acted (the caller cannot tell it from the first).
 */
public final class CardProviderFaults {

    public enum Fault {
        /** Hangs, then fails: nothing happened. */
        TIMEOUT,
        /** Fails at once, as a 5xx: nothing happened. */
        SERVER_ERROR,
        /** Does the work and commits it, then hangs and fails: the caller does not learn that it happened. */
        TIMEOUT_AFTER_SUCCESS
    }

    private record Injected(Fault fault, AtomicInteger remaining) {
    }

    private final Map<String, Injected> injected = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Duration hang;
    private volatile Duration latency;

    CardProviderFaults(Duration latency, Duration hang) {
        this.latency = latency;
        this.hang = hang;
    }

    /** The next {@code times} calls of the operation fail this way. */
    public void inject(String operation, Fault fault, int times) {
        injected.put(operation, new Injected(fault, new AtomicInteger(times)));
    }

    public void latency(Duration latency) {
        this.latency = latency;
    }

    public void clear() {
        injected.clear();
    }

    /** How many calls of the operation the provider received. */
    public int calls(String operation) {
        return calls.getOrDefault(operation, new AtomicInteger()).get();
    }

    /** Before the work: latency, and the faults that leave nothing done. Returns the fault to apply after it. */
    Fault before(String operation) {
        calls.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
        pause(latency);
        Injected fault = injected.get(operation);
        if (fault == null || fault.remaining().getAndDecrement() <= 0) {
            return null;
        }
        switch (fault.fault()) {
            case SERVER_ERROR -> throw new ProviderUnavailableException("card provider: 500 Internal Server Error (injected)");
            case TIMEOUT -> {
                pause(hang);
                throw new ProviderUnavailableException("card provider: timed out (injected)");
            }
            default -> {
                return fault.fault();
            }
        }
    }

    /** After the work was committed. */
    void after(Fault fault) {
        if (fault == Fault.TIMEOUT_AFTER_SUCCESS) {
            pause(hang);
            throw new ProviderUnavailableException("card provider: timed out after it acted (injected)");
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("card provider: call abandoned by the caller");
        }
    }
}
