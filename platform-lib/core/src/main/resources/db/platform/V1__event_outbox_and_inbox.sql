-- Transactional outbox: an event row commits or rolls back with the state change that caused it.
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    event_key    TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    payload      TEXT        NOT NULL,
    traceparent  TEXT,
    published_at TIMESTAMPTZ,
    attempts     INT         NOT NULL DEFAULT 0,
    last_error   TEXT,
    -- set when Kafka refused the event for good (e.g. too large): it no longer holds back the ones behind it
    rejected_at  TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL AND rejected_at IS NULL;

-- Idempotent consumers: an event id is recorded in the same transaction as its effects.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
