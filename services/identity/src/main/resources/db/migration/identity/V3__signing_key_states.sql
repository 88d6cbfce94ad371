-- Signing keys have states: PENDING (published in the JWKS, not yet signing), ACTIVE (signs from activates_at),
-- RETIRED (no longer signs; published until retires_at, when the last token it signed has expired).
-- A new key is published before it signs, for longer than any JWKS cache keeps the previous set.
ALTER TABLE signing_key ADD COLUMN state TEXT;
ALTER TABLE signing_key ADD COLUMN activates_at TIMESTAMPTZ;
UPDATE signing_key SET state = CASE WHEN retires_at IS NULL THEN 'ACTIVE' ELSE 'RETIRED' END, activates_at = created_at;
ALTER TABLE signing_key ALTER COLUMN state SET NOT NULL;
ALTER TABLE signing_key ALTER COLUMN activates_at SET NOT NULL;
ALTER TABLE signing_key ADD CONSTRAINT signing_key_state CHECK (state IN ('PENDING', 'ACTIVE', 'RETIRED'));
-- At most one key waits to take over: a second rotation while one is pending is the same rotation.
CREATE UNIQUE INDEX signing_key_single_pending ON signing_key (state) WHERE state = 'PENDING';
-- private_key holds "v1:" + base64(IV || AES-256-GCM ciphertext) under a key-encryption key from configuration
-- (never in this database); rows written before that are plain base64 PKCS#8 and are encrypted at startup.
