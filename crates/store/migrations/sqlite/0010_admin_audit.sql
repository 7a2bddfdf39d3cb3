-- Changes to reference data (units, categories, routing rules, holidays, the response
-- guide) and to staff accounts: append-only and hash-chained like complaint_events, in a
-- chain of their own with its own head (see sql/audit.rs). Keep in step with ../postgres.
CREATE TABLE admin_events (
    seq INTEGER PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    -- what was changed: 'category:SAN-FEES', 'unit:SAN-BF13', 'user:agent@sante.bf', …
    subject TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX admin_events_subject ON admin_events(subject, seq);

CREATE TRIGGER admin_events_no_update BEFORE UPDATE ON admin_events
BEGIN SELECT RAISE(ABORT, 'admin_events is append-only'); END;
CREATE TRIGGER admin_events_no_delete BEFORE DELETE ON admin_events
BEGIN SELECT RAISE(ABORT, 'admin_events is append-only'); END;

CREATE TABLE admin_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO admin_audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
