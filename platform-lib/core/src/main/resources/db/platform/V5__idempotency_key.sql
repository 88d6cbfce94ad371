-- Idempotency keys: the answer to a command, stored in the command's own transaction, so a retry with the same key
-- (after a timeout, a lost connection, a crash after the commit) gets that answer again instead of a second effect.
CREATE TABLE idempotency_key (
    scope        TEXT        NOT NULL,
    caller       TEXT        NOT NULL,
    idem_key     TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    status       INT         NOT NULL,
    headers      TEXT        NOT NULL,
    body         BYTEA,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, caller, idem_key)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
