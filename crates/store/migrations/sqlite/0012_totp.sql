-- An optional second factor for admins and supervisors: the TOTP secret, sealed with the
-- data key like personal data, and the last time step used (a code works once). Keep in
-- step with ../postgres.
ALTER TABLE users ADD COLUMN totp_secret BLOB;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;
