-- Nothing changes on SQLite, whose search index gives a search's matches newest first
-- (`redress-search.db`). This migration keeps both backends' versions in step; on
-- PostgreSQL search rows are numbered in the order they are written.
SELECT 1;
