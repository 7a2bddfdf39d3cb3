-- Finding late complaints fast, and the routing rules (category or department x place ->
-- unit). Keep in step with ../postgres.
CREATE INDEX complaints_late_ack ON complaints(status, acknowledge_by);
CREATE INDEX complaints_late_answer ON complaints(status, answer_by);

CREATE TABLE routing_rules (
    id INTEGER PRIMARY KEY,
    -- a category, or a whole department (exactly one of the two)
    category_code TEXT REFERENCES categories(code),
    department_code TEXT REFERENCES departments(code),
    -- at most one place; none means anywhere
    region_code TEXT REFERENCES regions(code),
    province_code TEXT REFERENCES provinces(code),
    commune_code TEXT REFERENCES communes(code),
    unit_code TEXT NOT NULL REFERENCES units(code),
    created_at TEXT NOT NULL,
    CHECK ((category_code IS NULL) <> (department_code IS NULL)),
    CHECK ((region_code IS NOT NULL) + (province_code IS NOT NULL) + (commune_code IS NOT NULL) <= 1)
);
CREATE UNIQUE INDEX routing_rules_key ON routing_rules(
    COALESCE(category_code, ''), COALESCE(department_code, ''), COALESCE(region_code, ''),
    COALESCE(province_code, ''), COALESCE(commune_code, ''));
