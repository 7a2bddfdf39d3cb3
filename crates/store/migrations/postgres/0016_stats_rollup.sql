-- The statistics the public page reads, without the kind: the same counters summed over
-- the kinds (five times fewer rows), kept in the same transactions as stats_cohorts and
-- filled here from it. Keep in step with ../sqlite.
CREATE TABLE stats_rollup (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    received BIGINT NOT NULL DEFAULT 0,
    answered BIGINT NOT NULL DEFAULT 0,
    answered_on_time BIGINT NOT NULL DEFAULT 0,
    rejected BIGINT NOT NULL DEFAULT 0,
    withdrawn BIGINT NOT NULL DEFAULT 0,
    appeals BIGINT NOT NULL DEFAULT 0,
    ratings BIGINT NOT NULL DEFAULT 0,
    rating_sum BIGINT NOT NULL DEFAULT 0,
    overdue BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region)
);

CREATE TABLE stats_rollup_days (
    month TEXT NOT NULL,
    department TEXT NOT NULL,
    category TEXT NOT NULL,
    region TEXT NOT NULL,
    days INTEGER NOT NULL,
    complaints BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department, category, region, days)
);

INSERT INTO stats_rollup (month, department, category, region, received, answered,
    answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue)
SELECT month, department, category, region, SUM(received), SUM(answered),
       SUM(answered_on_time), SUM(rejected), SUM(withdrawn), SUM(appeals), SUM(ratings),
       SUM(rating_sum), SUM(overdue)
FROM stats_cohorts GROUP BY month, department, category, region;

INSERT INTO stats_rollup_days (month, department, category, region, days, complaints)
SELECT month, department, category, region, days, SUM(complaints)
FROM stats_answer_days GROUP BY month, department, category, region, days;
