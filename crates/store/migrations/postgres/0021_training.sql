-- Training mode (`serve --training`, its own database): each trainee's exercises. A reset
-- starts a new round with fresh scenario complaints; earlier rounds stay, as the audit trail
-- of what was done stays. A real database never holds rows here. Keep in step with
-- ../sqlite.
CREATE TABLE training_trainees (
    user_id BIGINT PRIMARY KEY REFERENCES users(id),
    round INTEGER NOT NULL,
    round_started_at TIMESTAMPTZ NOT NULL
);

-- The complaint each exercise of a round is played on (exercises without one, such as
-- registering a phone call, have no row).
CREATE TABLE training_scenarios (
    user_id BIGINT NOT NULL REFERENCES users(id),
    round INTEGER NOT NULL,
    exercise TEXT NOT NULL,
    complaint_id BIGINT NOT NULL REFERENCES complaints(id),
    PRIMARY KEY (user_id, round, exercise)
);
