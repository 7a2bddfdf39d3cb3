-- Queue filters at a million complaints (bench/queues): one commune took 37 ms (p99
-- 252 ms) walking the newest complaints, "nearest deadline first" sorted a whole ministry
-- (780 ms) or a whole unit (50 ms), and a week of receipt walked every complaint since.
-- Keep in step with ../postgres.
CREATE INDEX complaints_commune ON complaints(commune_code, id);
CREATE INDEX complaints_deadline ON complaints(answer_by, id);
CREATE INDEX complaints_unit_deadline ON complaints(unit_code, answer_by, id);
CREATE INDEX complaints_received ON complaints(received_at, id);
