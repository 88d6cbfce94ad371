package dev.emporium.payment.payment;

import dev.emporium.payment.PaymentProperties;
import dev.emporium.payment.provider.IdempotencyKeyReusedException;
import dev.emporium.payment.provider.PaymentProvider;
import dev.emporium.payment.provider.ProviderUnavailableException;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Every call to the provider: limited in time, retried (every provider call carries an idempotency key, so all are
 * safe to repeat) and behind a circuit breaker (Resilience4j). A call whose outcome stays unknown is a 503 for our
 * caller; its operation stays PENDING and {@link PaymentRecovery} asks again with the same key.
 */
@Component
public class ProviderCalls {

    private final PaymentProvider provider;
    private final TimeLimiter timeLimiter;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ProviderCalls(PaymentProvider provider, PaymentProperties properties) {
        PaymentProperties.Provider settings = properties.provider();
        this.provider = provider;
        this.timeLimiter = TimeLimiter.of("payment-provider", TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout()).cancelRunningFuture(true).build());
        this.retry = Retry.of("payment-provider", RetryConfig.custom().maxAttempts(settings.attempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.backoff(), 2))
                .retryExceptions(ProviderUnavailableException.class).build());
        this.breaker = CircuitBreaker.of("payment-provider", CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.window()).minimumNumberOfCalls(settings.window() / 2).failureRateThreshold(50)
                .waitDurationInOpenState(settings.openFor()).recordExceptions(ProviderUnavailableException.class).build());
    }

    public String providerName() {
        return provider.name();
    }

    /** The provider's answer; a 503 problem when it could not be had. */
    public <T> T call(Function<PaymentProvider, T> call) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> limited(call))).get();
        } catch (ProviderUnavailableException | CallNotPermittedException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                    "The payment provider did not answer; try again (with the same ids)").withHeader("Retry-After", "1");
        } catch (IdempotencyKeyReusedException e) {
            throw new ApiException(HttpStatus.CONFLICT, PaymentService.PAYMENT_ID_REUSED, "The id was used for another request");
        }
    }

    private <T> T limited(Function<PaymentProvider, T> call) {
        try {
            return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(() -> call.apply(provider), executor));
        } catch (TimeoutException e) {
            throw new ProviderUnavailableException("the payment provider timed out", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ProviderUnavailableException("the payment provider failed", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ProviderUnavailableException("the payment provider failed", e);
        }
    }
}
