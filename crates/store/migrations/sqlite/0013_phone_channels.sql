-- SMS and USSD. A complaint filed from a phone is tied to the sender's number by a keyed
-- hash of it (`sender_key`, the vault's phone key): the number itself is only in the
-- sealed complainant. Keep in step with ../postgres.
ALTER TABLE complaints ADD COLUMN sender_key TEXT;
CREATE INDEX complaints_sender ON complaints(sender_key, id) WHERE sender_key IS NOT NULL;

-- What Redress remembers of a phone number between messages: the language it uses, whether
-- it asked for no more messages, and the complaint waiting for its department and category
-- (the step of that choice, the department chosen, until when later messages add to it).
CREATE TABLE phone_senders (
    sender_key TEXT PRIMARY KEY,
    language TEXT,
    stopped BOOLEAN NOT NULL DEFAULT FALSE,
    pending_code TEXT,
    pending_step TEXT,
    pending_department TEXT,
    pending_until TEXT,
    updated_at TEXT NOT NULL
);

-- Each message a gateway delivered, once: a message delivered twice (same gateway id) gets
-- the first one's reply, sealed (it may hold a follow-up secret).
CREATE TABLE inbound_messages (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    gateway_id TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    received_at TEXT NOT NULL,
    limited BOOLEAN NOT NULL DEFAULT FALSE,
    reply BLOB,
    UNIQUE (channel, gateway_id)
);
CREATE INDEX inbound_messages_sender ON inbound_messages(sender_key, received_at);

-- USSD sessions: the menu state between two steps, so that any node answers the next one.
CREATE TABLE ussd_sessions (
    session_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ussd_sessions_updated ON ussd_sessions(updated_at);
