-- A complaint found to be about the same problem as an earlier one points to it (the
-- original never points further). Keep in step with ../postgres.
ALTER TABLE complaints ADD COLUMN duplicate_of INTEGER REFERENCES complaints(id);
CREATE INDEX complaints_duplicate_of ON complaints(duplicate_of) WHERE duplicate_of IS NOT NULL;
