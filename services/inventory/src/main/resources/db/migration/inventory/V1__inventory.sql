-- Warehouses and stores. Reservations take stock from active locations, lowest priority number first.
CREATE TABLE location (
    id         uuid PRIMARY KEY,
    code       text        NOT NULL UNIQUE,
    name       text        NOT NULL,
    country    char(2)     NOT NULL,
    priority   integer     NOT NULL,
    active     boolean     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A new shop has one location.
INSERT INTO location (id, code, name, country, priority, active)
VALUES ('00000000-0000-0000-0000-000000000001', 'default', 'Default location', 'US', 0, true);

-- Every SKU inventory knows. version counts the SKU's published states (inventory.stock).
CREATE TABLE sku (
    sku                 text PRIMARY KEY,
    low_stock_threshold integer CHECK (low_stock_threshold >= 0),
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now()
);

-- The current figures of a SKU at a location; available = on_hand - reserved. The constraints are the last line of
-- defence: the service checks before it writes, but no bug can oversell or reserve a negative quantity.
CREATE TABLE stock (
    sku         text    NOT NULL REFERENCES sku (sku),
    location_id uuid    NOT NULL REFERENCES location (id),
    on_hand     integer NOT NULL DEFAULT 0,
    reserved    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (sku, location_id),
    CONSTRAINT stock_reserved_not_negative CHECK (reserved >= 0),
    CONSTRAINT stock_not_oversold CHECK (on_hand >= reserved)
);

-- Every change of a stock row, written in the transaction that changes it: the figures always equal the sum of
-- the deltas. Append-only (the trigger below refuses updates and deletes).
CREATE TABLE movement (
    id             bigserial PRIMARY KEY,
    at             timestamptz NOT NULL,
    sku            text        NOT NULL,
    location_id    uuid        NOT NULL,
    delta_on_hand  integer     NOT NULL,
    delta_reserved integer     NOT NULL,
    on_hand_after  integer     NOT NULL,
    reserved_after integer     NOT NULL,
    reason         text        NOT NULL,
    actor          text        NOT NULL,
    reference      text,
    FOREIGN KEY (sku, location_id) REFERENCES stock (sku, location_id)
);
CREATE INDEX movement_by_sku ON movement (sku, id DESC);

CREATE FUNCTION movement_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the movement log is append-only';
END
$$;
CREATE TRIGGER movement_is_append_only BEFORE UPDATE OR DELETE ON movement
    FOR EACH ROW EXECUTE FUNCTION movement_is_append_only();

-- Reservations for checkout, by the caller's id. lines is the request as made (sorted by sku), to tell a retry from
-- another request reusing the id.
CREATE TABLE reservation (
    id         uuid PRIMARY KEY,
    status     text        NOT NULL CHECK (status IN ('RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED')),
    lines      text        NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    closed_at  timestamptz,
    actor      text        NOT NULL
);
CREATE INDEX reservation_expiring ON reservation (expires_at) WHERE status = 'RESERVED';

-- Where each line's units were taken from (a line may be split over locations).
CREATE TABLE reservation_allocation (
    reservation_id uuid    NOT NULL REFERENCES reservation (id),
    sku            text    NOT NULL,
    location_id    uuid    NOT NULL,
    quantity       integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, sku, location_id),
    FOREIGN KEY (sku, location_id) REFERENCES stock (sku, location_id)
);
