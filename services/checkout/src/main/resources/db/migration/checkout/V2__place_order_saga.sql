-- The place-order saga (SAGA.md): what a checkout needs to go on from its last persisted step after a crash, and
-- db-scheduler's table for the task that resumes or compensates a checkout its runner left.

-- request:      what the customer asked for (address, method, currency, payment token or the card's last4/expiry;
--               never a card number: a card lives only in the memory of the request that brought it)
-- priced:       the order as priced at PRICE_CART (lines, subtotal, shipping, tax, total), what every later step uses
-- step_state:   whether step's call is STARTED (its outcome unknown) or SUCCEEDED
-- direction:    FORWARD, or COMPENSATE once a failure decided the checkout fails (failure = the problem it answers)
-- compensated:  the compensations done so far (ORDER, PAYMENT, RESERVATION)
-- lease_token / lease_until: the runner that owns the checkout now (the request's thread, or the resumption task
--               once the lease ran out); every write of a runner names its token, so a runner that lost the
--               checkout changes nothing
ALTER TABLE checkout
    ADD COLUMN request          jsonb       NOT NULL DEFAULT '{}',
    ADD COLUMN priced           jsonb,
    ADD COLUMN step_state       text        NOT NULL DEFAULT 'STARTED' CHECK (step_state IN ('STARTED', 'SUCCEEDED')),
    ADD COLUMN direction        text        NOT NULL DEFAULT 'FORWARD' CHECK (direction IN ('FORWARD', 'COMPENSATE')),
    ADD COLUMN failure          jsonb,
    ADD COLUMN compensated      text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN reservation_id   uuid        NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN payment_id       uuid        NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN payment          jsonb,
    ADD COLUMN next_action      jsonb,
    ADD COLUMN payment_deadline timestamptz,
    ADD COLUMN result           jsonb,
    ADD COLUMN lease_token      uuid,
    ADD COLUMN lease_until      timestamptz,
    ADD COLUMN retries          integer     NOT NULL DEFAULT 0;
-- the order's id is chosen up front too (order is idempotent on it); it no longer means "completed"
ALTER TABLE checkout ALTER COLUMN order_id SET DEFAULT gen_random_uuid();
UPDATE checkout SET order_id = gen_random_uuid() WHERE order_id IS NULL;
ALTER TABLE checkout ALTER COLUMN order_id SET NOT NULL;
ALTER TABLE checkout DROP CONSTRAINT checkout_completed_has_order;
ALTER TABLE checkout ADD CONSTRAINT checkout_completed_has_result CHECK (status <> 'COMPLETED' OR result IS NOT NULL);

-- db-scheduler (platform-core's JobsAutoConfiguration): one checkout-saga task per unfinished checkout
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    state                text,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- resume_at: a runner that has to wait (a customer confirming a payment, a service that did not answer) leaves the
-- checkout until then; the resumption task does not take it earlier
ALTER TABLE checkout ADD COLUMN resume_at timestamptz;

-- the log also records a step waiting for the customer (a payment to confirm at the provider)
ALTER TABLE checkout_step DROP CONSTRAINT checkout_step_outcome_check;
ALTER TABLE checkout_step ADD CONSTRAINT checkout_step_outcome_check
    CHECK (outcome IN ('STARTED', 'SUCCEEDED', 'FAILED', 'AWAITING_CUSTOMER'));
