-- The built-in card provider's own tables. It plays a remote gateway: the payment service never reads them; they
-- share the database only so that the simulator needs no server of its own.

-- Tokenized cards. Never the number or the CVC: a simulator needs only the test card's scenario (a real gateway
-- keeps the number in its own vault). fingerprint is an HMAC of the number with the provider's key.
CREATE TABLE card (
    token       text PRIMARY KEY,
    brand       text        NOT NULL,
    last4       char(4)     NOT NULL,
    exp_month   integer     NOT NULL,
    exp_year    integer     NOT NULL,
    scenario    text        NOT NULL,
    fingerprint text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE card_authorization (
    id                      text PRIMARY KEY,
    token                   text          NOT NULL REFERENCES card (token),
    amount                  numeric(19,4) NOT NULL CHECK (amount > 0),
    currency                char(3)       NOT NULL,
    status                  text          NOT NULL CHECK (status IN ('REQUIRES_CONFIRMATION', 'AUTHORIZED', 'DECLINED',
                                                                      'EXPIRED', 'CAPTURED', 'VOIDED')),
    decline_code            text,
    captured                numeric(19,4) NOT NULL DEFAULT 0,
    refunded                numeric(19,4) NOT NULL DEFAULT 0,
    reference               text          NOT NULL,
    return_url              text,
    confirmation_expires_at timestamptz,
    created_at              timestamptz   NOT NULL,
    CONSTRAINT captured_within_authorized CHECK (captured <= amount),
    CONSTRAINT refunded_within_captured CHECK (refunded >= 0 AND refunded <= captured)
);

CREATE TABLE refund (
    id               text PRIMARY KEY,
    authorization_id text          NOT NULL REFERENCES card_authorization (id),
    amount           numeric(19,4) NOT NULL CHECK (amount > 0),
    created_at       timestamptz   NOT NULL
);

-- Every call's idempotency key with a fingerprint of its request and its answer, written in the call's own
-- transaction: the same key answers the same, whatever happened to the first answer on its way back.
CREATE TABLE idempotency_key (
    key          text PRIMARY KEY,
    operation    text        NOT NULL,
    request_hash text        NOT NULL,
    response     text,
    created_at   timestamptz NOT NULL
);

-- Webhook events, delivered (signed) by the db-scheduler task card-webhook.
CREATE TABLE webhook_event (
    id           text PRIMARY KEY,
    type         text        NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL,
    attempts     integer     NOT NULL DEFAULT 0,
    delivered_at timestamptz,
    last_status  integer
);

-- db-scheduler's table (its PostgreSQL schema), for webhook deliveries and confirmation expiries.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
