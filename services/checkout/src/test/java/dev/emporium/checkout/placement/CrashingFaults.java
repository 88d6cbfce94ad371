package dev.emporium.checkout.placement;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The saga's fault hook for tests: armed for one step and side of its call, it stops the next runner that gets there
 * as a crash would (an exception nobody in the saga catches: the lease stays held, nothing more is written), once.
 */
final class CrashingFaults implements SagaFaults {

    enum Side { BEFORE_CALL, AFTER_CALL }

    record Crash(Step step, Side side) {
    }

    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(Crash crash) {
            super("simulated crash " + crash.side() + " " + crash.step(), null, false, false);
        }
    }

    private static final AtomicReference<Crash> armed = new AtomicReference<>();

    static void arm(Step step, Side side) {
        armed.set(new Crash(step, side));
    }

    static void disarm() {
        armed.set(null);
    }

    @Override
    public void beforeCall(UUID checkoutId, Step step) {
        crashIf(step, Side.BEFORE_CALL);
    }

    @Override
    public void afterCall(UUID checkoutId, Step step) {
        crashIf(step, Side.AFTER_CALL);
    }

    private static void crashIf(Step step, Side side) {
        Crash crash = armed.get();
        if (crash != null && crash.equals(new Crash(step, side)) && armed.compareAndSet(crash, null)) {
            throw new SimulatedCrash(crash);
        }
    }
}
