package dev.emporium.checkout.placement;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.platform.jobs.CappedBackoff;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable net under every checkout: a db-scheduler task per unfinished checkout (instance = checkout id), created
 * in the transaction that admits it, due once the runner's lease would have run out. When it comes due it takes the
 * checkout over if nobody holds a live lease (the runner died, or left it waiting) and runs it without the card (which
 * only the lost runner had); it removes itself once the checkout is finished, else comes back when the checkout is
 * due again. db-scheduler picks each execution on one replica only, and revives the executions of a dead one.
 */
@Configuration(proxyBeanMethods = false)
class SagaResumption {

    private static final Logger log = LoggerFactory.getLogger(SagaResumption.class);

    @Bean
    CustomTask<Void> checkoutSagaTask(Checkouts checkouts, SagaRunner runner, CheckoutProperties properties) {
        Duration leaseFor = properties.saga().lease();
        return Tasks.custom(Checkouts.TASK, Void.class)
                .onDeadExecutionRevive()
                .onFailure(new CappedBackoff<>(properties.saga().retryFirst(), properties.saga().retryMax()))
                .execute((instance, context) -> {
                    UUID id = UUID.fromString(instance.getId());
                    UUID lease = UUID.randomUUID();
                    Optional<CheckoutState> claimed = checkouts.claim(id, lease, leaseFor);
                    CheckoutState state = claimed.isPresent()
                            ? resume(runner, claimed.get(), lease)
                            : checkouts.find(id).orElse(null);
                    if (state == null || state.status().isFinished()) {
                        return (complete, operations) -> operations.remove();
                    }
                    Instant next = later(state.leaseUntil(), state.resumeAt());
                    return (CompletionHandler<Void>) (complete, operations) -> operations.reschedule(complete, next);
                });
    }

    private static CheckoutState resume(SagaRunner runner, CheckoutState state, UUID lease) {
        log.info("Resuming checkout {} at {} ({})", state.id(), state.step(), state.compensating() ? "compensating" : state.status());
        try {
            return runner.run(state, lease, null, true);
        } catch (Checkouts.LeaseLost e) {
            log.warn("Checkout {} was taken over by another runner", state.id());
            return state;
        }
    }

    private static Instant later(Instant a, Instant b) {
        Instant soonest = Instant.now().plusMillis(200);
        Instant latest = a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        return latest == null || latest.isBefore(soonest) ? soonest : latest;
    }
}
