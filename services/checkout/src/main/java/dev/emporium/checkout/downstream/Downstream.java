package dev.emporium.checkout.downstream;

import dev.emporium.checkout.CheckoutProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.function.Supplier;

/**
 * The calls to one other service, each through a circuit breaker (Resilience4j): once half of the last 20 calls
 * (at least 10) failed for want of an answer, calls fail at once for {@code openCircuitFor}, then a few trial calls
 * decide whether it closes again. Idempotent calls are also retried, with exponential backoff, up to
 * {@code attempts} in all. A call signals a failure worth retrying (no answer, a timeout, 5xx, no service token)
 * with {@link Transient}; anything else it throws (an answer that refuses) passes through untouched and is no
 * failure of the service. When the service stays unavailable the caller gets a {@link DownstreamUnavailableException}.
 */
public final class Downstream {

    private final String service;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public Downstream(String service, CheckoutProperties.Calls calls) {
        this.service = service;
        this.breaker = CircuitBreaker.of(service, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
                .waitDurationInOpenState(calls.openCircuitFor()).permittedNumberOfCallsInHalfOpenState(3)
                .recordExceptions(Transient.class).build());
        this.retry = Retry.of(service, RetryConfig.custom()
                .maxAttempts(Math.max(1, calls.attempts()))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(calls.retryBackoff(), 2))
                .retryExceptions(Transient.class).build());
    }

    /** A call that may be repeated safely (a read, or a command with an idempotency key the service honours). */
    public <T> T idempotent(Supplier<T> call) {
        return unavailableUnless(Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)));
    }

    /** A call that must not be repeated blindly: one attempt, through the circuit breaker. */
    public <T> T once(Supplier<T> call) {
        return unavailableUnless(CircuitBreaker.decorateSupplier(breaker, call));
    }

    public CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private <T> T unavailableUnless(Supplier<T> decorated) {
        try {
            return decorated.get();
        } catch (Transient e) {
            throw new DownstreamUnavailableException(service, e.getMessage(), e);
        } catch (CallNotPermittedException e) {
            throw new DownstreamUnavailableException(service, "its circuit is open after repeated failures", e);
        }
    }

    /** The service did not answer usefully, this time: worth another attempt later. */
    public static final class Transient extends RuntimeException {
        public Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
