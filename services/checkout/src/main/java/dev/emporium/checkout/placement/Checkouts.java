package dev.emporium.checkout.placement;

import dev.emporium.checkout.quote.Quote;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code checkout} rows. Every write of a runner names its lease token: a runner whose lease another took over
 * (it was thought dead) changes nothing and learns it from {@link LeaseLost}.
 */
@Repository
class Checkouts {

    static final String TASK = "checkout-saga";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Checkouts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the checkout, or finds none when the customer used the key before. */
    Optional<CheckoutState> insertIfAbsent(UUID id, UUID customerId, byte[] keyHash, byte[] fingerprint, SagaRequest request,
            UUID lease, Duration leaseFor) {
        return jdbc.sql("""
                INSERT INTO checkout (id, customer_id, idempotency_key_hash, request_fingerprint, status, step, request,
                                      lease_token, lease_until, created_at, updated_at)
                VALUES (:id, :customer, :key, :fingerprint, 'PROCESSING', 'PRICE_CART', CAST(:request AS jsonb),
                        :lease, now() + make_interval(secs => :leaseSeconds), now(), now())
                ON CONFLICT (customer_id, idempotency_key_hash) DO NOTHING
                RETURNING *""")
                .param("id", id).param("customer", customerId).param("key", keyHash).param("fingerprint", fingerprint)
                .param("request", json.writeValueAsString(request)).param("lease", lease).param("leaseSeconds", seconds(leaseFor))
                .query(this::map).optional();
    }

    /** The customer's checkout with this key, and the fingerprint of the request that created it. */
    Optional<Keyed> findByKey(UUID customerId, byte[] keyHash) {
        return jdbc.sql("SELECT * FROM checkout WHERE customer_id = :customer AND idempotency_key_hash = :key")
                .param("customer", customerId).param("key", keyHash)
                .query((rs, n) -> new Keyed(map(rs, n), rs.getBytes("request_fingerprint"))).optional();
    }

    record Keyed(CheckoutState state, byte[] fingerprint) {
    }

    Optional<CheckoutState> find(UUID id) {
        return jdbc.sql("SELECT * FROM checkout WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /**
     * Takes the checkout over for a resuming runner: only when it is unfinished, nobody holds a live lease and it is not
     * waiting until later.
     */
    Optional<CheckoutState> claim(UUID id, UUID lease, Duration leaseFor) {
        return jdbc.sql("""
                UPDATE checkout SET lease_token = :lease, lease_until = now() + make_interval(secs => :leaseSeconds), resume_at = NULL
                WHERE id = :id AND status IN ('PROCESSING', 'AWAITING_PAYMENT')
                  AND (lease_until IS NULL OR lease_until < now()) AND (resume_at IS NULL OR resume_at <= now())
                RETURNING *""").param("id", id).param("lease", lease).param("leaseSeconds", seconds(leaseFor))
                .query(this::map).optional();
    }

    /** A step's outcome and the next step's start, in one statement: the row as it is now. */
    CheckoutState update(CheckoutState state, UUID lease, Duration leaseFor, Change change) {
        return jdbc.sql("""
                UPDATE checkout SET
                    status = :status, step = :step, direction = :direction,
                    step_state = CASE WHEN :status = 'COMPLETED' THEN 'SUCCEEDED' ELSE 'STARTED' END,
                    priced = COALESCE(CAST(:priced AS jsonb), priced),
                    payment = COALESCE(CAST(:payment AS jsonb), payment),
                    failure = COALESCE(CAST(:failure AS jsonb), failure),
                    problem = CASE WHEN :status = 'FAILED' THEN COALESCE(CAST(:failure AS jsonb), failure) ELSE NULL END,
                    compensated = CAST(:compensated AS text[]),
                    next_action = CAST(:nextAction AS jsonb),
                    payment_deadline = COALESCE(:deadline, payment_deadline),
                    result = COALESCE(CAST(:result AS jsonb), result),
                    retries = :retries, resume_at = :resumeAt,
                    lease_token = CASE WHEN :release THEN NULL ELSE lease_token END,
                    lease_until = CASE WHEN :release THEN NULL ELSE now() + make_interval(secs => :leaseSeconds) END,
                    updated_at = now()
                WHERE id = :id AND lease_token = :lease
                RETURNING *""")
                .param("id", state.id()).param("lease", lease).param("leaseSeconds", seconds(leaseFor))
                .param("status", change.status().name()).param("step", change.step().name())
                .param("direction", change.compensating() ? "COMPENSATE" : "FORWARD")
                .param("priced", jsonOrNull(change.priced())).param("payment", jsonOrNull(change.payment()))
                .param("failure", jsonOrNull(change.failure()))
                .param("compensated", "{" + change.compensated().stream().map(Enum::name).collect(Collectors.joining(",")) + "}")
                .param("nextAction", jsonOrNull(change.nextAction()))
                .param("deadline", change.paymentDeadline() == null ? null : Timestamp.from(change.paymentDeadline()))
                .param("result", change.result() == null ? null : change.result().toString())
                .param("retries", change.retries())
                .param("resumeAt", change.resumeAt() == null ? null : Timestamp.from(change.resumeAt()))
                .param("release", change.releaseLease())
                .query(this::map).optional().orElseThrow(LeaseLost::new);
    }

    /** Appends to the saga's log. */
    void log(UUID checkoutId, Step step, boolean compensating, String outcome, @Nullable Object detail) {
        jdbc.sql("""
                INSERT INTO checkout_step (checkout_id, seq, step, direction, outcome, detail, at)
                SELECT :id, COALESCE(MAX(seq), 0) + 1, :step, :direction, :outcome, CAST(:detail AS jsonb), now()
                FROM checkout_step WHERE checkout_id = :id""")
                .param("id", checkoutId).param("step", step.name()).param("direction", compensating ? "COMPENSATE" : "FORWARD")
                .param("outcome", outcome).param("detail", jsonOrNull(detail)).update();
    }

    /** The resumption task's row, moved to {@code at}; not while the task runs (it reschedules itself then). */
    void resumeTaskAt(UUID checkoutId, Instant at) {
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = :at WHERE task_name = :task AND task_instance = :id AND NOT picked")
                .param("at", Timestamp.from(at)).param("task", TASK).param("id", checkoutId.toString()).update();
    }

    /** The resumption task of a finished checkout is not needed any more; not while it runs (it removes itself then). */
    void dropTask(UUID checkoutId) {
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :task AND task_instance = :id AND NOT picked")
                .param("task", TASK).param("id", checkoutId.toString()).update();
    }

    /** The runner's lease was taken over: it must stop, having changed nothing. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("another runner took the checkout over", null, false, false);
        }
    }

    private @Nullable String jsonOrNull(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private CheckoutState map(ResultSet rs, int row) throws SQLException {
        Array compensated = rs.getArray("compensated");
        Set<CheckoutState.Compensation> done = EnumSet.noneOf(CheckoutState.Compensation.class);
        Arrays.stream((String[]) compensated.getArray()).map(CheckoutState.Compensation::valueOf).forEach(done::add);
        return new CheckoutState(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                CheckoutStatus.valueOf(rs.getString("status")), Step.valueOf(rs.getString("step")),
                "COMPENSATE".equals(rs.getString("direction")),
                json.readValue(rs.getString("request"), SagaRequest.class), read(rs, "priced", Quote.class),
                read(rs, "payment", PaymentSummary.class), read(rs, "failure", Failure.class), done,
                rs.getObject("reservation_id", UUID.class), rs.getObject("payment_id", UUID.class), rs.getObject("order_id", UUID.class),
                read(rs, "next_action", NextAction.class), instant(rs, "payment_deadline"),
                rs.getString("result") == null ? null : json.readTree(rs.getString("result")),
                instant(rs, "lease_until"), instant(rs, "resume_at"), rs.getInt("retries"));
    }

    private <T> @Nullable T read(ResultSet rs, String column, Class<T> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : json.readValue(value, type);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** What a runner writes: the whole position, and the outputs that are new (nulls keep what is there). */
    record Change(CheckoutStatus status, Step step, boolean compensating, @Nullable Quote priced, @Nullable PaymentSummary payment,
            @Nullable Failure failure, Set<CheckoutState.Compensation> compensated, @Nullable NextAction nextAction,
            @Nullable Instant paymentDeadline, @Nullable JsonNode result, int retries, @Nullable Instant resumeAt, boolean releaseLease) {

        /** The position as it is: change what differs with the withers. */
        static Change from(CheckoutState state) {
            return new Change(state.status(), state.step(), state.compensating(), null, null, null, state.compensated(),
                    state.nextAction(), null, null, state.retries(), null, false);
        }

        Change status(CheckoutStatus value) {
            return new Change(value, step, compensating, priced, payment, failure, compensated, nextAction, paymentDeadline, result, retries, resumeAt, releaseLease);
        }

        Change step(Step value) {
            return new Change(status, value, compensating, priced, payment, failure, compensated, nextAction, paymentDeadline, result, retries, resumeAt, releaseLease);
        }

        Change priced(Quote value) {
            return new Change(status, step, compensating, value, payment, failure, compensated, nextAction, paymentDeadline, result, retries, resumeAt, releaseLease);
        }

        Change payment(PaymentSummary value) {
            return new Change(status, step, compensating, priced, value, failure, compensated, nextAction, paymentDeadline, result, retries, resumeAt, releaseLease);
        }

        Change failing(Failure value) {
            return new Change(CheckoutStatus.PROCESSING, step, true, priced, payment, value, compensated, null, paymentDeadline, result, 0, resumeAt, releaseLease);
        }

        Change compensated(CheckoutState.Compensation value) {
            Set<CheckoutState.Compensation> all = EnumSet.noneOf(CheckoutState.Compensation.class);
            all.addAll(compensated);
            all.add(value);
            return new Change(status, step, compensating, priced, payment, failure, all, nextAction, paymentDeadline, result, 0, resumeAt, releaseLease);
        }

        Change awaiting(NextAction action, Instant deadline) {
            return new Change(CheckoutStatus.AWAITING_PAYMENT, step, compensating, priced, payment, failure, compensated, action, deadline, result, retries, resumeAt, releaseLease);
        }

        Change result(JsonNode value) {
            return new Change(status, step, compensating, priced, payment, failure, compensated, nextAction, paymentDeadline, value, retries, resumeAt, releaseLease);
        }

        Change progressed() {
            return new Change(status, step, compensating, priced, payment, failure, compensated, nextAction, paymentDeadline, result, 0, resumeAt, releaseLease);
        }

        /** Leaves the checkout until {@code at}: the lease is given up, the resumption task takes it then. */
        Change waitUntil(Instant at, int retryCount) {
            return new Change(status, step, compensating, priced, payment, failure, compensated, nextAction, paymentDeadline, result, retryCount, at, true);
        }

        Change finished() {
            return new Change(status, step, compensating, priced, payment, failure, compensated, null, paymentDeadline, result, retries, null, true);
        }
    }
}
