-- Open311: the address of a photo a requester gave (`media_url`), and the index that
-- public lists of updates need (by when they happened). Keep in step with ../sqlite.
ALTER TABLE complaints ADD COLUMN media_url TEXT;
CREATE INDEX complaint_events_at ON complaint_events(at, seq);
