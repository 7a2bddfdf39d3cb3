-- A unit's newest complaints, whatever their status, without sorting: the planner chose
-- (unit_code, status, id) and sorted the unit's rows (bench/queues: 44 ms at a million
-- complaints). Unit-and-status queries walk this index too. Keep in step with ../postgres.
DROP INDEX complaints_unit_status;
CREATE INDEX complaints_unit_newest ON complaints(unit_code, id);
