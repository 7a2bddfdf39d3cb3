-- Key rotation (`redress keys rotate`): the sealing key being rolled out, where the
-- re-sealing of each table got to (JSON: table -> last key done), so that a rotation
-- interrupted by a crash resumes; servers read the target to pick up the new key. Keep in
-- step with ../postgres.
CREATE TABLE key_rotation (
    target INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    cursors TEXT NOT NULL DEFAULT '{}'
);
