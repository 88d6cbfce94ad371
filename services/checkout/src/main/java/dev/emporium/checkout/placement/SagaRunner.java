package dev.emporium.checkout.placement;

import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.downstream.DownstreamUnavailableException;
import dev.emporium.checkout.downstream.InternalApi;
import dev.emporium.checkout.payment.PaymentClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a checkout from its persisted position until it finishes or has to wait, holding its lease: forward step by
 * step, each outcome persisted together with the next step's start before that step's call; once a failure decided
 * the checkout fails, compensating. Before the point of no return a service that does not answer fails the checkout
 * (503, compensated); past it, and for compensations, the runner leaves the checkout until a capped backoff has
 * passed and the resumption task goes on from there. No transaction is held during a call.
 */
@Component
class SagaRunner {

    private static final Logger log = LoggerFactory.getLogger(SagaRunner.class);

    private final Checkouts checkouts;
    private final ForwardSteps steps;
    private final Compensations compensations;
    private final PaymentClient payments;
    private final TransactionTemplate transactions;
    private final CheckoutProperties.Saga saga;
    private final Clock clock;
    private final @Nullable SagaFaults faults;

    SagaRunner(Checkouts checkouts, ForwardSteps steps, Compensations compensations, PaymentClient payments,
            TransactionTemplate transactions, CheckoutProperties properties, Clock clock, ObjectProvider<SagaFaults> faults) {
        this.checkouts = checkouts;
        this.steps = steps;
        this.compensations = compensations;
        this.payments = payments;
        this.transactions = transactions;
        this.saga = properties.saga();
        this.clock = clock;
        this.faults = faults.getIfAvailable();
        requireLeaseOutlastsEveryCall(properties);
    }

    /**
     * A runner renews its lease only between calls, so a lease shorter than one step's call with its retries would let
     * the resumption task take a live runner's checkout over (its card lost with it): refused at start-up.
     */
    static void requireLeaseOutlastsEveryCall(CheckoutProperties properties) {
        Duration lease = properties.saga().lease();
        java.util.Map<String, CheckoutProperties.Calls> calls = java.util.Map.of("cart", properties.cart(),
                "inventory", properties.inventory(), "payment", properties.payment(), "order", properties.order());
        calls.forEach((service, call) -> {
            Duration longest = call.timeout().multipliedBy(Math.max(1, call.attempts()));
            for (int i = 1; i < call.attempts(); i++) {
                longest = longest.plus(call.retryBackoff().multipliedBy(1L << (i - 1)));
            }
            if (lease.compareTo(longest) <= 0) {
                throw new IllegalStateException("emporium.checkout.saga.lease (" + lease + ") must be longer than a call to " + service
                        + " with its retries (" + longest + ": emporium.checkout." + service + ".timeout × attempts + backoffs)");
            }
        });
    }

    /**
     * Runs the checkout as far as it goes now.
     *
     * @param onTask whether the resumption task runs it (it reschedules or removes itself) or a request's thread (which
     *               moves or drops the task's row itself)
     * @return the checkout as it is after the run
     */
    CheckoutState run(CheckoutState start, UUID lease, @Nullable CardDetails card, boolean onTask) {
        CheckoutState state = start;
        while (!state.status().isFinished() && state.resumeAt() == null) {
            if (state.compensating()) {
                state = compensate(state, lease, onTask);
            } else if (state.status() == CheckoutStatus.AWAITING_PAYMENT) {
                state = awaitCustomer(state, lease, onTask);
            } else {
                state = forward(state, lease, card, onTask);
            }
        }
        return state;
    }

    private CheckoutState forward(CheckoutState state, UUID lease, @Nullable CardDetails card, boolean onTask) {
        Step step = state.step();
        if (faults != null) {
            faults.beforeCall(state.customerId(), state.id(), step);
        }
        StepResult result = steps.perform(step, state, card);
        if (faults != null) {
            faults.afterCall(state.customerId(), state.id(), step);
        }
        return switch (result) {
            case StepResult.Succeeded ok -> step.next() == null
                    ? finish(state, lease, ok.change().status(CheckoutStatus.COMPLETED), step, onTask)
                    : persist(state, lease, ok.change().step(step.next()), step, "SUCCEEDED", step.next());
            case StepResult.Failed failed -> fail(state, lease, step, failed.failure());
            case StepResult.Unavailable unavailable -> step.isPastPointOfNoReturn()
                    ? waitAndRetry(state, lease, onTask, "no answer from " + unavailable.service())
                    : fail(state, lease, step, Failure.unavailable(unavailable.service()));
            case StepResult.AwaitCustomer await -> {
                Instant next = clock.instant().plus(saga.paymentPollInterval());
                CheckoutState waiting = persist(state, lease, Checkouts.Change.from(state).payment(await.payment())
                        .awaiting(await.nextAction(), await.deadline()).waitUntil(next, 0), step, "AWAITING_CUSTOMER", null);
                moveTask(waiting, next, onTask);
                yield waiting;
            }
        };
    }

    /** A customer confirming a payment: ask payment how it stands; go on, fail, or look again later. */
    private CheckoutState awaitCustomer(CheckoutState state, UUID lease, boolean onTask) {
        PaymentClient.Payment payment;
        try {
            payment = payments.get(state.customerId(), state.paymentId());
        } catch (DownstreamUnavailableException e) {
            return waitAndRetry(state, lease, onTask, "payment did not answer while the customer confirms");
        } catch (InternalApi.Refused e) {
            return waitAndRetry(state, lease, onTask, "payment refused to show the payment: " + e.getMessage());
        }
        boolean expired = state.paymentDeadline() != null && clock.instant().isAfter(state.paymentDeadline());
        if ("REQUIRES_ACTION".equals(payment.status()) && expired) {
            return fail(state, lease, Step.AUTHORIZE_PAYMENT, Failure.declined("authentication_expired"));
        }
        StepResult result = steps.afterAuthorization(payment, Checkouts.Change.from(state).progressed());
        return switch (result) {
            case StepResult.Succeeded ok -> persist(state, lease, ok.change().status(CheckoutStatus.PROCESSING).step(Step.CREATE_ORDER),
                    Step.AUTHORIZE_PAYMENT, "SUCCEEDED", Step.CREATE_ORDER);
            case StepResult.Failed failed -> fail(state, lease, Step.AUTHORIZE_PAYMENT, failed.failure());
            default -> {
                Instant next = clock.instant().plus(saga.paymentPollInterval());
                CheckoutState waiting = persist(state, lease, Checkouts.Change.from(state).waitUntil(next, 0), null, null, null);
                moveTask(waiting, next, onTask);
                yield waiting;
            }
        };
    }

    private CheckoutState compensate(CheckoutState state, UUID lease, boolean onTask) {
        for (CheckoutState.Compensation compensation : Compensations.pending(state)) {
            try {
                compensations.perform(compensation, state);
            } catch (DownstreamUnavailableException e) {
                return waitAndRetry(state, lease, onTask, "compensation " + compensation + ": no answer from " + e.service());
            }
            state = persistCompensated(state, lease, compensation);
        }
        return finish(state, lease, Checkouts.Change.from(state).status(CheckoutStatus.FAILED), state.step(), onTask);
    }

    private CheckoutState fail(CheckoutState state, UUID lease, Step step, Failure failure) {
        log.info("Checkout {} fails at {}: {} {}", state.id(), step, failure.code(), failure.detail());
        return persist(state, lease, Checkouts.Change.from(state).failing(failure), step, "FAILED", null);
    }

    private CheckoutState waitAndRetry(CheckoutState state, UUID lease, boolean onTask, String why) {
        int retries = state.retries() + 1;
        Instant next = clock.instant().plus(backoff(retries));
        log.warn("Checkout {} waits until {} before trying {} again ({}, attempt {})", state.id(), next,
                state.compensating() ? "to compensate" : state.step(), why, retries);
        CheckoutState waiting = persist(state, lease, Checkouts.Change.from(state).waitUntil(next, retries), null, null, null);
        moveTask(waiting, next, onTask);
        return waiting;
    }

    private Duration backoff(int retries) {
        Duration delay = saga.retryFirst();
        for (int i = 1; i < retries && delay.compareTo(saga.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(saga.retryMax()) < 0 ? delay : saga.retryMax();
    }

    private CheckoutState finish(CheckoutState state, UUID lease, Checkouts.Change change, Step step, boolean onTask) {
        return transactions.execute(tx -> {
            CheckoutState finished = checkouts.update(state, lease, saga.lease(), change.finished());
            checkouts.log(state.id(), step, state.compensating(), finished.status() == CheckoutStatus.COMPLETED ? "SUCCEEDED" : "FAILED",
                    finished.status() == CheckoutStatus.COMPLETED ? null : finished.failure());
            if (!onTask) {
                checkouts.dropTask(state.id());
            }
            return finished;
        });
    }

    /** One transaction: the row's new position, the step's outcome and the next step's start in the log. */
    private CheckoutState persist(CheckoutState state, UUID lease, Checkouts.Change change, @Nullable Step step, @Nullable String outcome,
            @Nullable Step next) {
        return transactions.execute(tx -> {
            CheckoutState updated = checkouts.update(state, lease, saga.lease(), change);
            if (step != null) {
                checkouts.log(state.id(), step, state.compensating(), outcome, change.failure());
            }
            if (next != null) {
                checkouts.log(state.id(), next, false, "STARTED", null);
            }
            return updated;
        });
    }

    private CheckoutState persistCompensated(CheckoutState state, UUID lease, CheckoutState.Compensation compensation) {
        return transactions.execute(tx -> {
            CheckoutState updated = checkouts.update(state, lease, saga.lease(), Checkouts.Change.from(state).compensated(compensation));
            checkouts.log(state.id(), compensation.undoes, true, "SUCCEEDED", java.util.Map.of("compensation", compensation.name()));
            return updated;
        });
    }

    private void moveTask(CheckoutState state, Instant at, boolean onTask) {
        if (!onTask) {
            checkouts.resumeTaskAt(state.id(), at);
        }
    }
}
