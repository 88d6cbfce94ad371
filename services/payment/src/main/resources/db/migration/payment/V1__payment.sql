-- Payments. Never a card number or CVC: the card is tokenized by the provider before anything is stored, and only
-- the token, brand, last four digits and expiry are kept. request_fingerprint is an HMAC (keyed) of the authorize
-- request, to tell a retry from another request reusing the payment id.
CREATE TABLE payment (
    id                  uuid PRIMARY KEY,
    status              text          NOT NULL CHECK (status IN ('PROCESSING', 'REQUIRES_ACTION', 'AUTHORIZED', 'DECLINED', 'CAPTURED',
                                                                 'VOIDED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'FAILED')),
    -- voided before any authorization arrived (a caller compensating after a timeout): a late authorize finds it
    tombstone           boolean       NOT NULL DEFAULT false,
    provider            text,
    provider_payment_id text UNIQUE,
    customer_id         uuid,
    reference           text,
    order_id            uuid,
    amount              numeric(19,4),
    currency            char(3),
    captured_amount     numeric(19,4) NOT NULL DEFAULT 0,
    refunded_amount     numeric(19,4) NOT NULL DEFAULT 0,
    disputed_amount     numeric(19,4) NOT NULL DEFAULT 0,
    card_token          text,
    card_brand          text,
    card_last4          char(4),
    card_exp_month      integer,
    card_exp_year       integer,
    return_url          text,
    request_fingerprint text,
    decline_code        text,
    next_action_url     text,
    void_requested      boolean       NOT NULL DEFAULT false,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    CONSTRAINT captured_within_amount CHECK (captured_amount <= COALESCE(amount, 0)),
    CONSTRAINT refunded_within_captured CHECK (refunded_amount >= 0 AND refunded_amount <= captured_amount)
);
CREATE INDEX payment_by_order ON payment (order_id, created_at DESC);
CREATE INDEX payment_by_reference ON payment (reference);

-- Every operation on a payment: recorded PENDING with its idempotency key before the provider is called (outside
-- any transaction), then its outcome. A PENDING one left by a crash or an unanswered call is asked again, with the
-- same key, by the recovery task (next_attempt_at).
CREATE TABLE payment_operation (
    id                 bigserial PRIMARY KEY,
    payment_id         uuid          NOT NULL REFERENCES payment (id),
    type               text          NOT NULL CHECK (type IN ('AUTHORIZE', 'CAPTURE', 'VOID', 'REFUND', 'DISPUTE')),
    status             text          NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'REQUIRES_ACTION', 'DECLINED', 'FAILED')),
    amount             numeric(19,4),
    idempotency_key    text          NOT NULL UNIQUE,
    refund_id          uuid UNIQUE,
    provider_reference text,
    code               text,
    attempts           integer       NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz,
    created_at         timestamptz   NOT NULL,
    completed_at       timestamptz
);
CREATE INDEX operation_by_payment ON payment_operation (payment_id, id);
CREATE INDEX operation_pending ON payment_operation (next_attempt_at) WHERE status = 'PENDING';

-- Provider webhooks already applied, by the provider's event id: a second delivery has no effect.
CREATE TABLE webhook_receipt (
    provider    text        NOT NULL,
    event_id    text        NOT NULL,
    type        text        NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (provider, event_id)
);
