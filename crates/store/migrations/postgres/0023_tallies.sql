-- The staff dashboard's tallies (issue 11), kept by triggers in the same transaction as
-- every change to a complaint (no extra round trip), so that the dashboard reads a few
-- rows per unit instead of grouping every complaint in scope. Keep in step with ../sqlite;
-- the store's tests compare them with the complaints after every kind of change.
--
-- How many complaints each unit holds in each state.
CREATE TABLE unit_tally (
    unit_code TEXT NOT NULL,
    status TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (unit_code, status)
);

-- How many open complaints each unit must act on by each day: the deadline in force
-- (`domain::rules::deadline_in_force`), the acknowledgement deadline while `received`,
-- the answer deadline while accepted, assigned, in progress or appealed. Its rows grow
-- with the days deadlines span, not with complaints.
CREATE TABLE unit_due (
    unit_code TEXT NOT NULL,
    due DATE NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (unit_code, due)
);

-- The deadline in force in `status`, NULL in the states that have none.
CREATE FUNCTION deadline_in_force(status TEXT, acknowledge_by DATE, answer_by DATE)
RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN status = 'received' THEN acknowledge_by
                WHEN status IN ('accepted', 'assigned', 'in_progress', 'appealed')
                THEN answer_by END
$$;

INSERT INTO unit_tally (unit_code, status, n)
SELECT unit_code, status, COUNT(*) FROM complaints GROUP BY 1, 2;

INSERT INTO unit_due (unit_code, due, n)
SELECT unit_code, deadline_in_force(status, acknowledge_by, answer_by), COUNT(*)
FROM complaints WHERE deadline_in_force(status, acknowledge_by, answer_by) IS NOT NULL
GROUP BY 1, 2;

-- The reach of a poster campaign (`/staff/home`): complaints received per day (UTC,
-- 'YYYY-MM-DD'), by the unit that holds them, the region of their commune ('' without
-- one), their channel and the service point of the poster they came from ('' without
-- one). Kept by these triggers (a transfer moves the count to the new unit), so the
-- dashboard sums a few weeks of days instead of counting complaints; it replaces the
-- covering index complaints_reach.
CREATE TABLE intake_days (
    day TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    region_code TEXT NOT NULL,
    channel TEXT NOT NULL,
    service_point_code TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, unit_code, region_code, channel, service_point_code)
);

INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
SELECT to_char(c.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), c.unit_code,
       COALESCE(p.region_code, ''), c.channel, COALESCE(c.service_point_code, ''), COUNT(*)
FROM complaints c LEFT JOIN communes cm ON cm.code = c.commune_code
LEFT JOIN provinces p ON p.code = cm.province_code
GROUP BY 1, 2, 3, 4, 5;

DROP INDEX complaints_reach;

-- One trigger function keeps every tally (and, on insert, writes the search row: see
-- below), so that a new complaint costs one trigger call; its statements' plans are cached.
CREATE FUNCTION complaint_tallies() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    in_force DATE;
    region TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO complaint_search (complaint_id, body, tsv)
        VALUES (NEW.id, NEW.description, to_tsvector('french', unaccent(NEW.description)));
    END IF;
    -- The dashboard's counts.
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE unit_tally SET n = n - 1
        WHERE unit_code = OLD.unit_code AND status = OLD.status;
        in_force := deadline_in_force(OLD.status, OLD.acknowledge_by, OLD.answer_by);
        IF in_force IS NOT NULL THEN
            UPDATE unit_due SET n = n - 1
            WHERE unit_code = OLD.unit_code AND unit_due.due = in_force;
            DELETE FROM unit_due
            WHERE unit_code = OLD.unit_code AND unit_due.due = in_force AND n = 0;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO unit_tally (unit_code, status, n) VALUES (NEW.unit_code, NEW.status, 1)
        ON CONFLICT (unit_code, status) DO UPDATE SET n = unit_tally.n + 1;
        in_force := deadline_in_force(NEW.status, NEW.acknowledge_by, NEW.answer_by);
        IF in_force IS NOT NULL THEN
            INSERT INTO unit_due (unit_code, due, n) VALUES (NEW.unit_code, in_force, 1)
            ON CONFLICT (unit_code, due) DO UPDATE SET n = unit_due.n + 1;
        END IF;
    END IF;
    -- The reach: by the unit that holds the complaint.
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.unit_code IS DISTINCT FROM NEW.unit_code)
    THEN
        SELECT p.region_code INTO region FROM communes cm
        JOIN provinces p ON p.code = cm.province_code WHERE cm.code = OLD.commune_code;
        UPDATE intake_days SET n = n - 1
        WHERE day = to_char(OLD.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
          AND unit_code = OLD.unit_code AND region_code = COALESCE(region, '')
          AND channel = OLD.channel
          AND service_point_code = COALESCE(OLD.service_point_code, '');
        DELETE FROM intake_days
        WHERE day = to_char(OLD.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
          AND unit_code = OLD.unit_code AND n = 0;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND OLD.unit_code IS DISTINCT FROM NEW.unit_code)
    THEN
        SELECT p.region_code INTO region FROM communes cm
        JOIN provinces p ON p.code = cm.province_code WHERE cm.code = NEW.commune_code;
        INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
        VALUES (to_char(NEW.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), NEW.unit_code,
                COALESCE(region, ''), NEW.channel, COALESCE(NEW.service_point_code, ''), 1)
        ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
        DO UPDATE SET n = intake_days.n + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER complaint_tallies AFTER INSERT OR DELETE ON complaints
FOR EACH ROW EXECUTE FUNCTION complaint_tallies();

CREATE TRIGGER complaint_tallies_update
AFTER UPDATE OF status, unit_code, acknowledge_by, answer_by ON complaints FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.unit_code IS DISTINCT FROM NEW.unit_code
   OR OLD.acknowledge_by IS DISTINCT FROM NEW.acknowledge_by
   OR OLD.answer_by IS DISTINCT FROM NEW.answer_by)
EXECUTE FUNCTION complaint_tallies();

-- Work every write did as separate statements, done by the database in the same
-- transaction: each statement is a round trip to the server, and the single writer's
-- round trips bound intake (issue 11). A new complaint's description is indexed for
-- search (complaint_tallies, above), the audit head follows each appended event, and the
-- statistics' roll-up without the kind follows the cohort counters. (PostgreSQL only: on
-- SQLite a statement is a call in the same process, and the store writes these itself.)
CREATE FUNCTION audit_head_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_head_follows AFTER INSERT ON complaint_events
FOR EACH ROW EXECUTE FUNCTION audit_head_follows();

CREATE FUNCTION stats_rollup_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- OLD is null on INSERT: the whole new row is the change.
    INSERT INTO stats_rollup (month, department, category, region, received, answered,
        answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue)
    VALUES (NEW.month, NEW.department, NEW.category, NEW.region,
        NEW.received - COALESCE(OLD.received, 0),
        NEW.answered - COALESCE(OLD.answered, 0),
        NEW.answered_on_time - COALESCE(OLD.answered_on_time, 0),
        NEW.rejected - COALESCE(OLD.rejected, 0),
        NEW.withdrawn - COALESCE(OLD.withdrawn, 0),
        NEW.appeals - COALESCE(OLD.appeals, 0),
        NEW.ratings - COALESCE(OLD.ratings, 0),
        NEW.rating_sum - COALESCE(OLD.rating_sum, 0),
        NEW.overdue - COALESCE(OLD.overdue, 0))
    ON CONFLICT (month, department, category, region) DO UPDATE SET
        received = stats_rollup.received + excluded.received,
        answered = stats_rollup.answered + excluded.answered,
        answered_on_time = stats_rollup.answered_on_time + excluded.answered_on_time,
        rejected = stats_rollup.rejected + excluded.rejected,
        withdrawn = stats_rollup.withdrawn + excluded.withdrawn,
        appeals = stats_rollup.appeals + excluded.appeals,
        ratings = stats_rollup.ratings + excluded.ratings,
        rating_sum = stats_rollup.rating_sum + excluded.rating_sum,
        overdue = stats_rollup.overdue + excluded.overdue;
    RETURN NULL;
END
$$;
CREATE TRIGGER stats_rollup_follows AFTER INSERT OR UPDATE ON stats_cohorts
FOR EACH ROW EXECUTE FUNCTION stats_rollup_follows();

CREATE FUNCTION stats_rollup_days_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_rollup_days (month, department, category, region, days, complaints)
    VALUES (NEW.month, NEW.department, NEW.category, NEW.region, NEW.days,
        NEW.complaints - COALESCE(OLD.complaints, 0))
    ON CONFLICT (month, department, category, region, days) DO UPDATE SET
        complaints = stats_rollup_days.complaints + excluded.complaints;
    RETURN NULL;
END
$$;
CREATE TRIGGER stats_rollup_days_follows AFTER INSERT OR UPDATE ON stats_answer_days
FOR EACH ROW EXECUTE FUNCTION stats_rollup_days_follows();
