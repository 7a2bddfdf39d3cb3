-- Retention: how long each kind of complaint keeps its complainant's personal data after it
-- ended (closed, rejected, withdrawn), set by admins; and when a complaint's personal data
-- was erased (past that period, or at the complainant's request). Keep in step with
-- ../postgres.
CREATE TABLE retention_rules (
    kind TEXT PRIMARY KEY,
    keep_days INTEGER NOT NULL CHECK (keep_days BETWEEN 1 AND 36500)
);
ALTER TABLE complaints ADD COLUMN erased_at TEXT;
-- The complaints whose personal data may be due for erasure.
CREATE INDEX complaints_retention ON complaints(kind, status, closed_at) WHERE erased_at IS NULL;
