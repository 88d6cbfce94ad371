package dev.emporium.cart.cart;

import dev.emporium.cart.CartProperties;
import dev.emporium.cart.outbox.CartOutboxRelay;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs a cart change until it is written: an attempt answers null only when a concurrent change of one of its carts
 * won the compare-and-set ({@link CartStore#commit}), so it reads again and retries until {@code update-timeout},
 * then 503. A written change wakes the outbox relay, so its events go out at once.
 */
@Component
class RetryOnConflict {

    private final CartOutboxRelay relay;
    private final CartProperties properties;

    RetryOnConflict(CartOutboxRelay relay, CartProperties properties) {
        this.relay = relay;
        this.properties = properties;
    }

    Carts.Result run(Supplier<Carts.@Nullable Result> attempt) {
        long deadline = System.nanoTime() + properties.updateTimeout().toNanos();
        while (true) {
            Carts.Result result = attempt.get();
            if (result != null) {
                relay.wakeUp();
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                        "The cart is being changed by too many requests at once; try again").withHeader("Retry-After", "1");
            }
            // a short random pause spreads the retries of requests that collided
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(50_000, 2_000_000));
        }
    }
}
