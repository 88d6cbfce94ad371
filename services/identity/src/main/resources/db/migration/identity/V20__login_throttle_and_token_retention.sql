-- Login attempts are counted before the password is checked, in one statement that also decides whether the
-- attempt may go on (see LoginThrottle). Keys: client:<address> and account-client:<account>|<address>, each
-- blocking when over max_attempts. The pair rows carry their account: their sum over an account drives the
-- progressive delay, without one hot row every client of an attacked account would queue on.
DROP TABLE login_throttle;
CREATE TABLE login_throttle (
    throttle_key      TEXT PRIMARY KEY,
    account           TEXT,
    attempts          INT         NOT NULL,
    max_attempts      INT         NOT NULL,
    window_started_at TIMESTAMPTZ NOT NULL,
    blocked_until     TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_throttle_updated ON login_throttle (updated_at);
CREATE INDEX login_throttle_account ON login_throttle (account) WHERE account IS NOT NULL;

-- A token family (session) has an absolute lifetime counted from its login; spent and revoked tokens are kept for
-- a retention period (to recognise a replay) counted from closed_at, then purged.
ALTER TABLE refresh_token ADD COLUMN family_started_at TIMESTAMPTZ;
ALTER TABLE refresh_token ADD COLUMN closed_at TIMESTAMPTZ;
UPDATE refresh_token t SET family_started_at = f.started_at
FROM (SELECT family_id, min(issued_at) AS started_at FROM refresh_token GROUP BY family_id) f
WHERE t.family_id = f.family_id;
UPDATE refresh_token SET closed_at = issued_at WHERE status <> 'ACTIVE';
ALTER TABLE refresh_token ALTER COLUMN family_started_at SET NOT NULL;
CREATE INDEX refresh_token_expires ON refresh_token (expires_at);
CREATE INDEX refresh_token_closed ON refresh_token (closed_at) WHERE closed_at IS NOT NULL;
