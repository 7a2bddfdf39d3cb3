-- Key rotation (`redress keys rotate`): the sealing key being rolled out, where the
-- re-sealing of each table got to (JSON: table -> last key done), so that a rotation
-- interrupted by a crash resumes; servers read the target to pick up the new key. Keep in
-- step with ../sqlite.
CREATE TABLE key_rotation (
    target BIGINT PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    cursors TEXT NOT NULL DEFAULT '{}'
);
