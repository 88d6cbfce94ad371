package dev.emporium.checkout.placement;

import java.util.UUID;

/**
 * A test's hook into the saga: called before each step's call (the STARTED row is persisted) and after it (its
 * outcome is not). A test's implementation throws there to stop the runner as a crash would. Production has none.
 */
public interface SagaFaults {

    void beforeCall(UUID customerId, UUID checkoutId, Step step);

    void afterCall(UUID customerId, UUID checkoutId, Step step);
}
