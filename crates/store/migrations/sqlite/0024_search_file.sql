-- The search index moved to a database file of its own beside this one (redress.db →
-- redress-search.db), written by the search indexer after each filing's transaction, not in
-- it: FTS5's merges of common words held the one writer, and intake with it, for 40-120 ms
-- at a time (issue 11; crates/store/src/search_index.rs). The indexer builds the new file
-- from the complaints' events on the first start after this migration.
DROP TABLE complaint_search;
