-- The staff dashboard's tallies (issue 11). First, its counts: how many complaints each unit holds in each
-- state, by the deadline in force (`domain::rules::deadline_in_force`: the acknowledgement
-- deadline while `received`, the answer deadline while accepted, assigned, in progress or
-- appealed; 0001-01-01 in the other states, which have none). Kept by these triggers in
-- the same transaction as every change to a complaint (no extra round trip), so the
-- dashboard reads a few rows per unit instead of grouping every complaint. Its rows do not
-- grow with the number of complaints, only with the days their deadlines span. Keep in
-- step with ../sqlite; the store's tests compare it with the complaints after every kind
-- of change.
CREATE TABLE unit_tally (
    unit_code TEXT NOT NULL,
    status TEXT NOT NULL,
    due DATE NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (unit_code, status, due)
);

CREATE FUNCTION unit_tally_due(status TEXT, acknowledge_by DATE, answer_by DATE)
RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN status = 'received' THEN acknowledge_by
                WHEN status IN ('accepted', 'assigned', 'in_progress', 'appealed')
                THEN answer_by
                ELSE DATE '0001-01-01' END
$$;

INSERT INTO unit_tally (unit_code, status, due, n)
SELECT unit_code, status, unit_tally_due(status, acknowledge_by, answer_by), COUNT(*)
FROM complaints GROUP BY 1, 2, 3;

CREATE FUNCTION unit_tally_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE unit_tally SET n = n - 1
        WHERE unit_code = OLD.unit_code AND status = OLD.status
          AND due = unit_tally_due(OLD.status, OLD.acknowledge_by, OLD.answer_by);
        DELETE FROM unit_tally
        WHERE unit_code = OLD.unit_code AND status = OLD.status AND n = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO unit_tally (unit_code, status, due, n)
        VALUES (NEW.unit_code, NEW.status,
                unit_tally_due(NEW.status, NEW.acknowledge_by, NEW.answer_by), 1)
        ON CONFLICT (unit_code, status, due) DO UPDATE SET n = unit_tally.n + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER unit_tally_insert AFTER INSERT OR DELETE ON complaints
FOR EACH ROW EXECUTE FUNCTION unit_tally_keep();

CREATE TRIGGER unit_tally_update AFTER UPDATE OF status, unit_code, acknowledge_by, answer_by
ON complaints FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.unit_code IS DISTINCT FROM NEW.unit_code
   OR OLD.acknowledge_by IS DISTINCT FROM NEW.acknowledge_by
   OR OLD.answer_by IS DISTINCT FROM NEW.answer_by)
EXECUTE FUNCTION unit_tally_keep();

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

CREATE FUNCTION intake_days_region(commune TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT p.region_code FROM communes cm
                     JOIN provinces p ON p.code = cm.province_code
                     WHERE cm.code = commune), '')
$$;

INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), unit_code,
       intake_days_region(commune_code), channel, COALESCE(service_point_code, ''), COUNT(*)
FROM complaints GROUP BY 1, 2, 3, 4, 5;

DROP INDEX complaints_reach;

CREATE FUNCTION intake_days_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE intake_days SET n = n - 1
        WHERE day = to_char(OLD.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
          AND unit_code = OLD.unit_code
          AND region_code = intake_days_region(OLD.commune_code)
          AND channel = OLD.channel
          AND service_point_code = COALESCE(OLD.service_point_code, '');
        DELETE FROM intake_days
        WHERE day = to_char(OLD.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
          AND unit_code = OLD.unit_code AND n = 0;
    END IF;
    INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
    VALUES (to_char(NEW.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), NEW.unit_code,
            intake_days_region(NEW.commune_code), NEW.channel,
            COALESCE(NEW.service_point_code, ''), 1)
    ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
    DO UPDATE SET n = intake_days.n + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER intake_days_insert AFTER INSERT ON complaints
FOR EACH ROW EXECUTE FUNCTION intake_days_keep();

CREATE TRIGGER intake_days_transfer AFTER UPDATE OF unit_code ON complaints FOR EACH ROW
WHEN (OLD.unit_code IS DISTINCT FROM NEW.unit_code)
EXECUTE FUNCTION intake_days_keep();
