CREATE TABLE app_user (
    id               UUID PRIMARY KEY,
    email            TEXT        NOT NULL,
    email_normalized TEXT        NOT NULL UNIQUE,
    name             TEXT        NOT NULL,
    password_hash    TEXT        NOT NULL,
    roles            TEXT[]      NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX app_user_created ON app_user (created_at, id);

-- Refresh tokens are opaque; only their SHA-256 is stored. A family is one login session: rotation spends a
-- token and issues the next in the same family; replaying a spent one revokes the family.
CREATE TABLE refresh_token (
    token_hash TEXT PRIMARY KEY,
    family_id  UUID        NOT NULL,
    user_id    UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status     TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SPENT', 'REVOKED')),
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);

-- RSA signing keys. The newest key without retires_at signs; keys stay in the JWKS until retires_at, so tokens
-- signed before a rotation stay valid until they expire.
CREATE TABLE signing_key (
    kid         TEXT PRIMARY KEY,
    private_key TEXT        NOT NULL,
    public_key  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retires_at  TIMESTAMPTZ
);

CREATE TABLE address (
    id          UUID PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    full_name   TEXT        NOT NULL,
    line1       TEXT        NOT NULL,
    line2       TEXT,
    city        TEXT        NOT NULL,
    postal_code TEXT        NOT NULL,
    region      TEXT,
    country     CHAR(2)     NOT NULL,
    phone       TEXT,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX address_user ON address (user_id, created_at);

-- Failed logins per account and per client address, to slow down password guessing.
CREATE TABLE login_throttle (
    throttle_key      TEXT PRIMARY KEY,
    failures          INT         NOT NULL,
    window_started_at TIMESTAMPTZ NOT NULL,
    blocked_until     TIMESTAMPTZ
);
