-- Housekeeping deletes old rows in batches: find them without scanning the tables.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;
-- Rejected rows are listed for an operator and counted for health.
CREATE INDEX outbox_event_rejected ON outbox_event (seq) WHERE rejected_at IS NOT NULL AND published_at IS NULL;
