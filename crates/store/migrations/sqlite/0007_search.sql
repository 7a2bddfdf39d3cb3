-- Full-text search over complaints' descriptions and answers, ignoring accents and case
-- (FTS5, unicode61 tokenizer without diacritics). One row per complaint, its rowid the
-- complaint's id, so matches stream newest first without sorting. Keep in step with
-- ../postgres.
CREATE VIRTUAL TABLE complaint_search USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO complaint_search (rowid, body)
SELECT c.id, c.description || COALESCE(' ' || (
    SELECT group_concat(json_extract(e.data, '$.message'), ' ') FROM complaint_events e
    WHERE e.complaint_id = c.id AND e.action = 'answer'), '')
FROM complaints c;
