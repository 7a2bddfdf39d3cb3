-- Brute-force limits kept in the database, so that they hold across restarts and nodes:
-- wrong follow-up secrets per complaint (from every address and channel), sign-in
-- attempts per account and address network (users.failed_logins stays the count over all
-- addresses); receipts sent to one phone number or e-mail address (anyone may file with
-- anyone's contact); and an end to API tokens. Keep in step with ../postgres.
CREATE TABLE secret_attempts (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id) ON DELETE CASCADE,
    attempts INTEGER NOT NULL,
    window_start TEXT NOT NULL,
    locked_until TEXT
);

CREATE TABLE sign_in_attempts (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    network TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    locked_until TEXT,
    last_at TEXT NOT NULL,
    PRIMARY KEY (user_id, network)
);

-- By a keyed hash of the recipient (never the number or address itself).
CREATE TABLE recipient_quota (
    recipient_key TEXT PRIMARY KEY,
    sent INTEGER NOT NULL,
    window_start TEXT NOT NULL
);

-- NULL for tokens made before this version: they end a year after they were made.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
