-- The work the triggers of 0023 do for new complaints and events, done once per statement
-- over all of its rows (issue 11): the writer now files a group's new complaints in one
-- statement (store/src/filing.rs), and row triggers ran five statements of PL/pgSQL for
-- each of them (36% of the writer's backend under intake, in a profile). For one row the
-- work is the same as before. ../sqlite's 0026 changes nothing (there a complaint is one
-- statement, and its row triggers are calls in the same process); the store's tests
-- compare the tallies with the complaints after every kind of change, on both backends.

-- A new complaint's search row, tallies, deadline and reach, for all the statement's rows.
CREATE FUNCTION complaint_tallies_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO complaint_search (complaint_id, tsv)
    SELECT id, strip(to_tsvector('french', unaccent(description))) FROM added ORDER BY id;
    INSERT INTO unit_tally (unit_code, status, n)
    SELECT unit_code, status, COUNT(*) FROM added GROUP BY 1, 2
    ON CONFLICT (unit_code, status) DO UPDATE SET n = unit_tally.n + excluded.n;
    INSERT INTO unit_due (unit_code, due, n)
    SELECT unit_code, deadline_in_force(status, acknowledge_by, answer_by), COUNT(*)
    FROM added WHERE deadline_in_force(status, acknowledge_by, answer_by) IS NOT NULL
    GROUP BY 1, 2
    ON CONFLICT (unit_code, due) DO UPDATE SET n = unit_due.n + excluded.n;
    INSERT INTO intake_days (day, unit_code, region_code, channel, service_point_code, n)
    SELECT to_char(a.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), a.unit_code,
           COALESCE(p.region_code, ''), a.channel, COALESCE(a.service_point_code, ''),
           COUNT(*)
    FROM added a LEFT JOIN communes cm ON cm.code = a.commune_code
    LEFT JOIN provinces p ON p.code = cm.province_code
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, unit_code, region_code, channel, service_point_code)
    DO UPDATE SET n = intake_days.n + excluded.n;
    RETURN NULL;
END
$$;

-- complaint_tallies() now runs for deleted rows only (its INSERT branches are no longer
-- reached); changes keep their row trigger, complaint_tallies_update.
DROP TRIGGER complaint_tallies ON complaints;
CREATE TRIGGER complaint_tallies AFTER DELETE ON complaints
FOR EACH ROW EXECUTE FUNCTION complaint_tallies();
CREATE TRIGGER complaint_tallies_added AFTER INSERT ON complaints
REFERENCING NEW TABLE AS added FOR EACH STATEMENT
EXECUTE FUNCTION complaint_tallies_added();

-- The audit head: the last of the statement's events, whatever the order the rows were
-- inserted in.
CREATE FUNCTION audit_head_follows_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET seq = last.seq, hash = last.hash
    FROM (SELECT seq, hash FROM appended ORDER BY seq DESC LIMIT 1) last
    WHERE audit_head.id = 1;
    RETURN NULL;
END
$$;
DROP TRIGGER audit_head_follows ON complaint_events;
DROP FUNCTION audit_head_follows();
CREATE TRIGGER audit_head_follows AFTER INSERT ON complaint_events
REFERENCING NEW TABLE AS appended FOR EACH STATEMENT
EXECUTE FUNCTION audit_head_follows_all();
