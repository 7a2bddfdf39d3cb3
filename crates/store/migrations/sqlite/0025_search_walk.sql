-- Nothing changes on SQLite, whose search index is a file of its own (0024). This
-- migration keeps both backends' versions in step; on PostgreSQL it makes the search rows
-- smaller and walks them through one index.
SELECT 1;
