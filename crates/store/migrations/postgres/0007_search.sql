-- Full-text search over complaints' descriptions and answers, ignoring accents and case
-- (French configuration over unaccented text, GIN index). Keep in step with ../sqlite.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TABLE complaint_search (
    complaint_id BIGINT NOT NULL REFERENCES complaints(id),
    body TEXT NOT NULL,
    tsv TSVECTOR NOT NULL
);
CREATE INDEX complaint_search_tsv ON complaint_search USING GIN (tsv);
CREATE INDEX complaint_search_complaint ON complaint_search(complaint_id);
INSERT INTO complaint_search (complaint_id, body, tsv)
SELECT id, description, to_tsvector('french', unaccent(description)) FROM complaints;
INSERT INTO complaint_search (complaint_id, body, tsv)
SELECT complaint_id, data->>'message', to_tsvector('french', unaccent(data->>'message'))
FROM complaint_events WHERE action = 'answer' AND data ? 'message';
