-- Service points: the schools, health centres, courts and offices citizens deal with, each
-- answered by a unit. Posters carry a QR code with the service point's code; a complaint
-- filed from it records that code (no foreign key: a removed service point's complaints
-- keep it). Removal is soft, so that an old poster's code still explains itself. Poster
-- campaigns date the posting, to compare complaints before and after it.
-- Keep in step with ../postgres.
CREATE TABLE service_points (
    code TEXT PRIMARY KEY,
    unit_code TEXT NOT NULL REFERENCES units(code),
    kind TEXT NOT NULL CHECK (kind IN ('school', 'health_centre', 'court', 'directorate', 'office')),
    name TEXT NOT NULL,
    commune_code TEXT REFERENCES communes(code),
    address TEXT,
    removed_at TEXT
);
CREATE INDEX service_points_unit ON service_points(unit_code);

ALTER TABLE complaints ADD COLUMN service_point_code TEXT;
-- The reach of a campaign counts a few weeks of complaints by day, channel and service
-- point, within a scope (unit) and a region (commune): read from this index alone.
CREATE INDEX complaints_reach
    ON complaints(received_at, unit_code, commune_code, channel, service_point_code);

CREATE TABLE poster_campaigns (
    id INTEGER PRIMARY KEY,
    started_on TEXT NOT NULL,
    label TEXT NOT NULL,
    region_code TEXT REFERENCES regions(code),
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
