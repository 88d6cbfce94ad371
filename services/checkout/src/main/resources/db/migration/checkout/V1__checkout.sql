-- Checkout's own schema. The platform schema (outbox, inbox, idempotency keys) is migrated by platform-core.

-- The catalog as checkout prices it: a read model of catalog.products (compacted, the full state of each product
-- per record). A state older than the one held (version) is ignored, so redeliveries and replays change nothing.
-- status is the product's (ACTIVE, DRAFT, ARCHIVED), or DELETED after a tombstone.
CREATE TABLE catalog_product (
    product_id   uuid PRIMARY KEY,
    version      bigint      NOT NULL,
    name         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('ACTIVE', 'DRAFT', 'ARCHIVED', 'DELETED')),
    weight_grams integer     CHECK (weight_grams >= 0),
    applied_at   timestamptz NOT NULL
);

-- Each SKU of a product. dropped: the variant left its product (no longer for sale, whatever the product's status).
CREATE TABLE catalog_sku (
    sku        text    PRIMARY KEY,
    product_id uuid    NOT NULL REFERENCES catalog_product (product_id),
    attributes jsonb   NOT NULL,
    dropped    boolean NOT NULL DEFAULT false
);
CREATE INDEX catalog_sku_product ON catalog_sku (product_id);

-- A SKU's price in each currency, exactly as catalog publishes it (explicit or derived by its rate table).
CREATE TABLE catalog_sku_price (
    sku      text           NOT NULL REFERENCES catalog_sku (sku) ON DELETE CASCADE,
    currency char(3)        NOT NULL,
    amount   numeric(19, 4) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (sku, currency)
);

-- One checkout (the place-order saga) per customer and Idempotency-Key. The key itself is not kept: its SHA-256
-- (idempotency_key_hash) finds the checkout again, and the SHA-256 of the canonical request (request_fingerprint)
-- tells a retry (same body: the first result) from a reuse of the key (another body: 422 IDEMPOTENCY_KEY_REUSED).
-- step is the saga step the checkout last persisted before taking it (see SAGA.md); problem is the RFC 9457
-- problem a FAILED checkout answers with.
CREATE TABLE checkout (
    id                   uuid PRIMARY KEY,
    customer_id          uuid        NOT NULL,
    idempotency_key_hash bytea       NOT NULL CHECK (octet_length(idempotency_key_hash) = 32),
    request_fingerprint  bytea       NOT NULL CHECK (octet_length(request_fingerprint) = 32),
    status               text        NOT NULL CHECK (status IN ('PROCESSING', 'AWAITING_PAYMENT', 'COMPLETED', 'FAILED')),
    step                 text        NOT NULL,
    order_id             uuid,
    problem              jsonb,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT checkout_key_once UNIQUE (customer_id, idempotency_key_hash),
    CONSTRAINT checkout_failed_has_problem CHECK ((status = 'FAILED') = (problem IS NOT NULL)),
    CONSTRAINT checkout_completed_has_order CHECK (status <> 'COMPLETED' OR order_id IS NOT NULL)
);
-- what a resuming replica looks for: checkouts not finished yet, oldest change first
CREATE INDEX checkout_unfinished ON checkout (updated_at) WHERE status IN ('PROCESSING', 'AWAITING_PAYMENT');
CREATE INDEX checkout_customer ON checkout (customer_id, created_at);

-- The saga's log: every step taken or compensated, in order, with what it produced (reservation id, payment
-- status...) or why it failed. Append-only: a row is written before the step's call and its outcome after it.
CREATE TABLE checkout_step (
    checkout_id uuid        NOT NULL REFERENCES checkout (id) ON DELETE CASCADE,
    seq         integer     NOT NULL CHECK (seq > 0),
    step        text        NOT NULL,
    direction   text        NOT NULL CHECK (direction IN ('FORWARD', 'COMPENSATE')),
    outcome     text        NOT NULL CHECK (outcome IN ('STARTED', 'SUCCEEDED', 'FAILED')),
    detail      jsonb,
    at          timestamptz NOT NULL,
    PRIMARY KEY (checkout_id, seq)
);
