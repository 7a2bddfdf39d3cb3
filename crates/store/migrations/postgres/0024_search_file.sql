-- Nothing changes on PostgreSQL: its search rows are still written in each filing's
-- transaction (a GIN index has no merge that holds the other writers). This migration
-- keeps both backends' versions in step; on SQLite it moves the search index to a file of
-- its own.
SELECT 1;
