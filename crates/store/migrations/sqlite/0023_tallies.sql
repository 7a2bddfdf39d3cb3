-- The staff dashboard's tallies (issue 11), kept by triggers in the same transaction as
-- every change to a complaint, so that the dashboard reads a few rows per unit instead of
-- grouping every complaint in scope. Keep in step with ../postgres; the store's tests
-- compare them with the complaints after every kind of change.
--
-- How many complaints each unit holds in each state.
CREATE TABLE unit_tally (
    unit_code TEXT NOT NULL,
    status TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (unit_code, status)
) WITHOUT ROWID;

-- How many open complaints each unit must act on by each day: the deadline in force
-- (`domain::rules::deadline_in_force`), the acknowledgement deadline while `received`,
-- the answer deadline while accepted, assigned, in progress or appealed. Its rows grow
-- with the days deadlines span, not with complaints.
CREATE TABLE unit_due (
    unit_code TEXT NOT NULL,
    due TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (unit_code, due)
) WITHOUT ROWID;

INSERT INTO unit_tally (unit_code, status, n)
SELECT unit_code, status, COUNT(*) FROM complaints WHERE true GROUP BY 1, 2;

INSERT INTO unit_due (unit_code, due, n)
SELECT c.unit_code,
       CASE WHEN c.status = 'received' THEN c.acknowledge_by ELSE c.answer_by END, COUNT(*)
FROM complaints c
WHERE c.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
GROUP BY 1, 2;

CREATE TRIGGER unit_tally_insert AFTER INSERT ON complaints
BEGIN
    INSERT INTO unit_tally (unit_code, status, n) VALUES (NEW.unit_code, NEW.status, 1)
    ON CONFLICT (unit_code, status) DO UPDATE SET n = n + 1;
    INSERT INTO unit_due (unit_code, due, n)
    SELECT NEW.unit_code,
           CASE WHEN NEW.status = 'received' THEN NEW.acknowledge_by ELSE NEW.answer_by END, 1
    WHERE NEW.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
    ON CONFLICT (unit_code, due) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER unit_tally_update AFTER UPDATE OF status, unit_code, acknowledge_by, answer_by
ON complaints
WHEN OLD.status IS NOT NEW.status OR OLD.unit_code IS NOT NEW.unit_code
  OR OLD.acknowledge_by IS NOT NEW.acknowledge_by OR OLD.answer_by IS NOT NEW.answer_by
BEGIN
    UPDATE unit_tally SET n = n - 1 WHERE unit_code = OLD.unit_code AND status = OLD.status;
    INSERT INTO unit_tally (unit_code, status, n) VALUES (NEW.unit_code, NEW.status, 1)
    ON CONFLICT (unit_code, status) DO UPDATE SET n = n + 1;
    UPDATE unit_due SET n = n - 1
    WHERE OLD.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
      AND unit_code = OLD.unit_code
      AND due = CASE WHEN OLD.status = 'received' THEN OLD.acknowledge_by ELSE OLD.answer_by END;
    DELETE FROM unit_due WHERE unit_code = OLD.unit_code AND n = 0;
    INSERT INTO unit_due (unit_code, due, n)
    SELECT NEW.unit_code,
           CASE WHEN NEW.status = 'received' THEN NEW.acknowledge_by ELSE NEW.answer_by END, 1
    WHERE NEW.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
    ON CONFLICT (unit_code, due) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER unit_tally_delete AFTER DELETE ON complaints
BEGIN
    UPDATE unit_tally SET n = n - 1 WHERE unit_code = OLD.unit_code AND status = OLD.status;
    UPDATE unit_due SET n = n - 1
    WHERE OLD.status IN ('received', 'accepted', 'assigned', 'in_progress', 'appealed')
      AND unit_code = OLD.unit_code
      AND due = CASE WHEN OLD.status = 'received' THEN OLD.acknowledge_by ELSE OLD.answer_by END;
    DELETE FROM unit_due WHERE unit_code = OLD.unit_code AND n = 0;
END;

-- The reach of a poster campaign (`/staff/home`): complaints received per day (UTC), by the
-- unit that holds them, the region of their commune ('' without one), their channel and
-- the service point of the poster they came from ('' without one). Kept by these triggers
-- (a transfer moves the count to the new unit), so the dashboard sums a few weeks of days
-- instead of counting complaints; it replaces the covering index complaints_reach.
CREATE TABLE intake_days (
    day TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    region_code TEXT NOT NULL,
    channel TEXT NOT NULL,
    service_point_code TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, unit_code, region_code, channel, service_point_code)
) WITHOUT ROWID;

INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
SELECT substr(c.received_at, 1, 10), c.unit_code, COALESCE(p.region_code, ''), c.channel,
       COALESCE(c.service_point_code, ''), COUNT(*)
FROM complaints c LEFT JOIN communes cm ON cm.code = c.commune_code
LEFT JOIN provinces p ON p.code = cm.province_code
WHERE true GROUP BY 1, 2, 3, 4, 5;

DROP INDEX complaints_reach;

CREATE TRIGGER intake_days_insert AFTER INSERT ON complaints
BEGIN
    INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
    VALUES (substr(NEW.received_at, 1, 10), NEW.unit_code,
            COALESCE((SELECT p.region_code FROM communes cm
                      JOIN provinces p ON p.code = cm.province_code
                      WHERE cm.code = NEW.commune_code), ''),
            NEW.channel, COALESCE(NEW.service_point_code, ''), 1)
    ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
    DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER intake_days_transfer AFTER UPDATE OF unit_code ON complaints
WHEN OLD.unit_code IS NOT NEW.unit_code
BEGIN
    UPDATE intake_days SET n = n - 1
    WHERE day = substr(OLD.received_at, 1, 10) AND unit_code = OLD.unit_code
      AND region_code = COALESCE((SELECT p.region_code FROM communes cm
                                  JOIN provinces p ON p.code = cm.province_code
                                  WHERE cm.code = OLD.commune_code), '')
      AND channel = OLD.channel AND service_point_code = COALESCE(OLD.service_point_code, '');
    DELETE FROM intake_days
    WHERE day = substr(OLD.received_at, 1, 10) AND unit_code = OLD.unit_code AND n = 0;
    INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
    VALUES (substr(NEW.received_at, 1, 10), NEW.unit_code,
            COALESCE((SELECT p.region_code FROM communes cm
                      JOIN provinces p ON p.code = cm.province_code
                      WHERE cm.code = NEW.commune_code), ''),
            NEW.channel, COALESCE(NEW.service_point_code, ''), 1)
    ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
    DO UPDATE SET n = n + 1;
END;
