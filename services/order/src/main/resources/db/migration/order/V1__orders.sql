-- Order numbers: EM-<year>-<6 digits>, from this sequence (unique across years; gaps where an insert lost a race).
CREATE SEQUENCE order_number_seq;

-- One row per order, by the id checkout chose (its idempotency key). Amounts are exact decimals in the order's
-- currency. refunded_amount counts refunds asked for and not refused (pending or done); the constraint is the last
-- line of defence against refunding more than was captured, whatever a bug or a race tries.
CREATE TABLE orders (
    id               uuid PRIMARY KEY,
    number           text        NOT NULL UNIQUE,
    checkout_id      uuid        NOT NULL,
    customer_id      uuid        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    currency         char(3)     NOT NULL,
    subtotal         numeric     NOT NULL CHECK (subtotal >= 0),
    shipping         numeric     NOT NULL CHECK (shipping >= 0),
    tax              numeric     NOT NULL CHECK (tax >= 0),
    total            numeric     NOT NULL CHECK (total >= 0),
    shipping_address jsonb       NOT NULL,
    shipping_method  text        NOT NULL,
    payment_id       uuid,
    payment_status   text,
    card_brand       text,
    card_last4       text,
    captured_amount  numeric     NOT NULL DEFAULT 0,
    refunded_amount  numeric     NOT NULL DEFAULT 0,
    reservation_id   uuid,
    carrier          text,
    tracking_number  text UNIQUE,
    cancel_reason    text,
    -- SHA-256 of the create request as checkout sent it: a retry with the same id and body is the same order
    request_hash     text        NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT refunds_within_captured CHECK (refunded_amount >= 0 AND refunded_amount <= captured_amount)
);
CREATE INDEX orders_by_customer ON orders (customer_id, created_at DESC, id DESC);
CREATE INDEX orders_by_status ON orders (status, created_at DESC, id DESC);
CREATE INDEX orders_by_created ON orders (created_at DESC, id DESC);

CREATE TABLE order_line (
    order_id   uuid    NOT NULL REFERENCES orders (id),
    line_no    integer NOT NULL,
    product_id uuid    NOT NULL,
    sku        text    NOT NULL,
    name       text    NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric NOT NULL CHECK (unit_price >= 0),
    line_total numeric NOT NULL CHECK (line_total >= 0),
    PRIMARY KEY (order_id, line_no)
);

-- Every status an order took, in order.
CREATE TABLE order_status_history (
    id       bigserial PRIMARY KEY,
    order_id uuid        NOT NULL REFERENCES orders (id),
    status   text        NOT NULL,
    at       timestamptz NOT NULL,
    actor    text        NOT NULL,
    note     text
);
CREATE INDEX order_status_history_by_order ON order_status_history (order_id, id);

-- Refunds asked of payment, by the id sent as its idempotency key. Recorded in the transaction that decides them and
-- executed by a durable job: PENDING until payment answers, then SUCCEEDED, or FAILED when payment refuses for good.
CREATE TABLE refund (
    id           uuid PRIMARY KEY,
    order_id     uuid        NOT NULL REFERENCES orders (id),
    amount       numeric     NOT NULL CHECK (amount > 0),
    status       text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    reason       text        NOT NULL,
    requested_by text        NOT NULL,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text,
    created_at   timestamptz NOT NULL,
    completed_at timestamptz
);
CREATE INDEX refund_by_order ON refund (order_id, created_at);

-- What the carrier reported about a shipment; each status once per tracking number.
CREATE TABLE tracking_event (
    id              bigserial PRIMARY KEY,
    order_id        uuid        NOT NULL REFERENCES orders (id),
    tracking_number text        NOT NULL,
    status          text        NOT NULL,
    location        text,
    at              timestamptz NOT NULL,
    UNIQUE (tracking_number, status)
);
CREATE INDEX tracking_event_by_order ON tracking_event (order_id, at, id);

-- db-scheduler's table (its PostgreSQL schema): the durable jobs (refunds, the built-in carrier's tracking events).
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
