package dev.emporium.checkout.placement;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The saga's fault hook for tests: armed for a customer, a step and a side of its call, it stops that customer's next
 * runner that gets there as a crash would (an exception nobody in the saga catches: the lease stays held, nothing
 * more is written), once. Armed per customer, so crashes at different points can run at the same time.
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

    private static final Map<UUID, Crash> armed = new ConcurrentHashMap<>();

    static void arm(UUID customerId, Step step, Side side) {
        armed.put(customerId, new Crash(step, side));
    }

    static void disarmAll() {
        armed.clear();
    }

    @Override
    public void beforeCall(UUID customerId, UUID checkoutId, Step step) {
        crashIf(customerId, new Crash(step, Side.BEFORE_CALL));
    }

    @Override
    public void afterCall(UUID customerId, UUID checkoutId, Step step) {
        crashIf(customerId, new Crash(step, Side.AFTER_CALL));
    }

    private static void crashIf(UUID customerId, Crash crash) {
        if (armed.remove(customerId, crash)) {
            throw new SimulatedCrash(crash);
        }
    }
}
