CREATE TABLE category (
    id         UUID PRIMARY KEY,
    slug       TEXT        NOT NULL UNIQUE,
    name       TEXT        NOT NULL,
    parent_id  UUID REFERENCES category (id),
    position   INT         NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX category_parent ON category (parent_id);

CREATE TABLE product (
    id           UUID PRIMARY KEY,
    slug         TEXT        NOT NULL UNIQUE,
    name         TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    brand        TEXT        NOT NULL,
    category_id  UUID        NOT NULL REFERENCES category (id),
    attributes   JSONB       NOT NULL DEFAULT '{}',
    images       JSONB       NOT NULL DEFAULT '[]',
    status       TEXT        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    weight_grams INT CHECK (weight_grams >= 0),
    version      BIGINT      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX product_status_created ON product (status, created_at DESC, id);
CREATE INDEX product_status_name ON product (status, lower(name), id);
CREATE INDEX product_category ON product (category_id);
CREATE INDEX product_brand ON product (lower(brand));

CREATE TABLE variant (
    sku        TEXT PRIMARY KEY,
    product_id UUID  NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    attributes JSONB NOT NULL DEFAULT '{}',
    position   INT   NOT NULL
);
CREATE INDEX variant_product ON variant (product_id, position);

-- Prices an admin set explicitly. Every other currency is derived from the base currency by the rate table.
CREATE TABLE variant_price (
    sku      TEXT          NOT NULL REFERENCES variant (sku) ON DELETE CASCADE,
    currency CHAR(3)       NOT NULL,
    amount   NUMERIC(19, 4) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (sku, currency)
);

-- The cheapest variant's effective price per product and currency, kept for sorting and filtering lists.
-- Recomputed on every product change and whenever the configured rate table changes.
CREATE TABLE product_price (
    product_id UUID          NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    currency   CHAR(3)       NOT NULL,
    amount     NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (product_id, currency)
);
CREATE INDEX product_price_sort ON product_price (currency, amount, product_id);

-- Which rate table product_price was computed with.
CREATE TABLE pricing_state (
    id         INT PRIMARY KEY CHECK (id = 1),
    rates_hash TEXT NOT NULL
);
