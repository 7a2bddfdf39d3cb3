-- Public statistics, kept up to date in the same transaction as each change (never by
-- scanning complaints per request). One row per cohort: the complaints received in a month,
-- of a department, category, region ('' when no commune was given) and kind. Times to
-- answer are whole days from the day received to the day first answered, counted per day
-- (365 holds longer ones) so that medians and percentiles are exact to the day; on time
-- means answered by the deadline in force then (kept in the answer's event as `due`, else
-- the complaint's deadline). Overdue: open complaints the escalation sweep found past a
-- deadline. Filled here
-- from the complaints already stored. Keep in step with ../postgres.
CREATE TABLE stats_cohorts (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    answered_on_time INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    appeals INTEGER NOT NULL DEFAULT 0,
    ratings INTEGER NOT NULL DEFAULT 0,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    -- open and found past a deadline by the escalation sweep (escalation level above 0)
    overdue INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, kind)
);

CREATE TABLE stats_answer_days (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    days INTEGER NOT NULL,
    complaints INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, kind, days)
);

CREATE TEMP TABLE stats_seed AS
SELECT c.id,
       substr(c.received_at, 1, 7) AS month,
       k.department_code AS department,
       c.category_code AS category,
       COALESCE((SELECT p.region_code FROM communes m JOIN provinces p ON p.code = m.province_code
                 WHERE m.code = c.commune_code), '') AS region,
       c.kind,
       c.status,
       c.escalation_level,
       substr(c.received_at, 1, 10) AS received_day,
       COALESCE((SELECT json_extract(e.data, '$.due') FROM complaint_events e
                  WHERE e.complaint_id = c.id AND e.action = 'answer' ORDER BY e.seq LIMIT 1),
                c.answer_by) AS answer_by,
       (SELECT substr(MIN(e.at), 1, 10) FROM complaint_events e
         WHERE e.complaint_id = c.id AND e.action = 'answer') AS answered_day,
       (SELECT COUNT(*) FROM complaint_events e
         WHERE e.complaint_id = c.id AND e.action = 'appeal') AS appeals,
       (SELECT COUNT(*) FROM complaint_events e
         WHERE e.complaint_id = c.id AND e.action = 'rate') AS ratings,
       (SELECT COALESCE(SUM(CAST(json_extract(e.data, '$.score') AS INTEGER)), 0)
          FROM complaint_events e WHERE e.complaint_id = c.id AND e.action = 'rate') AS rating_sum
FROM complaints c JOIN categories k ON k.code = c.category_code;

INSERT INTO stats_cohorts (month, department, category, region, kind, received, answered,
    answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue)
SELECT month, department, category, region, kind, COUNT(*),
       SUM(CASE WHEN answered_day IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN answered_day IS NOT NULL AND answered_day <= answer_by THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'withdrawn' THEN 1 ELSE 0 END),
       SUM(appeals), SUM(ratings), SUM(rating_sum),
       SUM(CASE WHEN escalation_level > 0 AND status IN ('received', 'accepted', 'assigned',
           'in_progress', 'appealed') THEN 1 ELSE 0 END)
FROM stats_seed GROUP BY month, department, category, region, kind;

INSERT INTO stats_answer_days (month, department, category, region, kind, days, complaints)
SELECT month, department, category, region, kind,
       MIN(365, CAST(julianday(answered_day) - julianday(received_day) AS INTEGER)), COUNT(*)
FROM stats_seed WHERE answered_day IS NOT NULL
GROUP BY month, department, category, region, kind,
         MIN(365, CAST(julianday(answered_day) - julianday(received_day) AS INTEGER));

DROP TABLE stats_seed;
