-- Full-text search over complaints' descriptions and answers, ignoring accents and case
-- (FTS5, unicode61 tokenizer without diacritics). Keep in step with ../postgres.
CREATE VIRTUAL TABLE complaint_search USING fts5(
    complaint_id UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO complaint_search (complaint_id, body) SELECT id, description FROM complaints;
INSERT INTO complaint_search (complaint_id, body)
SELECT complaint_id, json_extract(data, '$.message') FROM complaint_events
WHERE action = 'answer' AND json_extract(data, '$.message') IS NOT NULL;
