-- Attachment bytes, sealed by the vault, in the database: every node reads them, and a
-- backup of the database holds them. Files that earlier versions wrote to the data folder
-- are still read from there. Keep in step with ../sqlite.
CREATE TABLE attachment_blobs (
    storage_key TEXT PRIMARY KEY,
    sealed BYTEA NOT NULL
);
