CREATE TABLE sample_effect (id BIGSERIAL PRIMARY KEY, event_id TEXT NOT NULL, note TEXT NOT NULL);

-- per-key order test: one row per key holding its current state, and which version each state became
CREATE TABLE probe (probe_key TEXT PRIMARY KEY, state TEXT NOT NULL, version BIGINT NOT NULL);
CREATE TABLE probe_history (state TEXT PRIMARY KEY, probe_key TEXT NOT NULL, version BIGINT NOT NULL);
