-- Nothing changes on SQLite, which files new complaints one statement each (a statement is
-- a call in the same process there, not a round trip): its row triggers (0023) keep the
-- tallies, and the store writes the audit head and the search index. This migration keeps
-- both backends' versions in step; on PostgreSQL those triggers now run once per statement.
SELECT 1;
