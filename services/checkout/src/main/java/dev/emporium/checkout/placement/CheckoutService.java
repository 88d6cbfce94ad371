package dev.emporium.checkout.placement;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.emporium.checkout.CheckoutProperties;
import dev.emporium.checkout.quote.Quotes;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.idempotency.IdempotencyKeys;
import dev.emporium.platform.web.ApiException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Places orders: admits a checkout once per customer and {@code Idempotency-Key} (a retry gets the first checkout's
 * answer, also while it runs; another request under the same key is refused), then runs its saga on the request's
 * thread and answers with where it ended: 201 and the order, the problem it failed with, or 202 to follow it.
 */
@Service
public class CheckoutService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

    public static final String CHECKOUT_IN_PROGRESS = "CHECKOUT_IN_PROGRESS";

    private final Checkouts checkouts;
    private final SagaRunner runner;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> task;
    private final TransactionTemplate transactions;
    private final CheckoutProperties.Saga saga;
    private final JsonMapper json;
    private final Clock clock;

    CheckoutService(Checkouts checkouts, SagaRunner runner, SchedulerClient scheduler, CustomTask<Void> checkoutSagaTask,
            TransactionTemplate transactions, CheckoutProperties properties, JsonMapper json, Clock clock) {
        this.checkouts = checkouts;
        this.runner = runner;
        this.scheduler = scheduler;
        this.task = checkoutSagaTask;
        this.transactions = transactions;
        this.saga = properties.saga();
        this.json = json;
        this.clock = clock;
    }

    public ResponseEntity<?> place(UUID customerId, @Nullable String idempotencyKey, PlaceOrderRequest body) {
        if (idempotencyKey == null) {
            throw ApiException.invalidField(HeaderNames.IDEMPOTENCY_KEY, "is required: send a new UUID with each order, and the same one to retry it");
        }
        IdempotencyKeys.requireValid(idempotencyKey);
        Quotes.checked(body.quote());
        SagaRequest.Parsed parsed = SagaRequest.of(body);
        byte[] keyHash = sha256(idempotencyKey.getBytes(StandardCharsets.UTF_8));
        byte[] fingerprint = sha256(json.writeValueAsBytes(parsed.request()));
        UUID lease = UUID.randomUUID();
        Optional<CheckoutState> admitted = transactions.execute(tx -> {
            Optional<CheckoutState> inserted = checkouts.insertIfAbsent(UUID.randomUUID(), customerId, keyHash, fingerprint, parsed.request(),
                    lease, saga.lease());
            inserted.ifPresent(state -> {
                checkouts.log(state.id(), Step.PRICE_CART, false, "STARTED", null);
                scheduler.schedule(task.instance(state.id().toString()), clock.instant().plus(saga.lease()));
            });
            return inserted;
        });
        if (admitted.isEmpty()) {
            return replay(customerId, keyHash, fingerprint);
        }
        CheckoutState state = admitted.get();
        try {
            state = runner.run(state, lease, parsed.card(), false);
        } catch (Checkouts.LeaseLost e) {
            log.warn("Checkout {} was taken over by the resumption task while its request ran", state.id());
            return pending(checkouts.find(state.id()).orElse(state));
        } catch (RuntimeException e) {
            // the checkout is persisted and its resumption task will go on from the last step: the client follows it
            log.error("Checkout {} stopped at {}; it resumes on its own", state.id(), state.step(), e);
            return pending(state);
        }
        return answer(state);
    }

    public CheckoutView view(UUID customerId, UUID checkoutId) {
        return checkouts.find(checkoutId).filter(state -> state.customerId().equals(customerId)).map(CheckoutView::of)
                .orElseThrow(() -> ApiException.notFound("Checkout"));
    }

    private ResponseEntity<?> replay(UUID customerId, byte[] keyHash, byte[] fingerprint) {
        Checkouts.Keyed first = checkouts.findByKey(customerId, keyHash)
                .orElseThrow(() -> new IllegalStateException("a checkout conflicted on its key but cannot be found"));
        if (!Arrays.equals(first.fingerprint(), fingerprint)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different checkout; use a new key for a new order");
        }
        CheckoutState state = first.state();
        if (state.status() == CheckoutStatus.PROCESSING && !state.compensating()) {
            throw new ApiException(HttpStatus.CONFLICT, CHECKOUT_IN_PROGRESS,
                    "This checkout is still being processed; retry shortly or follow it at /api/v1/checkout/" + state.id(),
                    java.util.Map.of("checkoutId", state.id())).withHeader("Retry-After", "1");
        }
        return answer(state);
    }

    /** What a checkout answers as it stands: a failure decided is answered even while its compensations still run. */
    private ResponseEntity<?> answer(CheckoutState state) {
        if (state.status() == CheckoutStatus.COMPLETED) {
            return ResponseEntity.created(URI.create("/api/v1/orders/" + state.orderId())).body(state.result());
        }
        if (state.compensating() || state.status() == CheckoutStatus.FAILED) {
            throw state.failure().toException(state.id());
        }
        return pending(state);
    }

    private static ResponseEntity<PendingCheckout> pending(CheckoutState state) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/checkout/" + state.id()))
                .body(new PendingCheckout(state.id(), state.status().name(),
                        state.status() == CheckoutStatus.AWAITING_PAYMENT ? state.nextAction() : null));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
