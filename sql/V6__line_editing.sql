-- Case lines edited in the browser or through the API carry their own lock_version, so that
-- two people changing the same line cannot overwrite each other silently; note is the
-- officer's own reference for the line (a case-file number, a remark), never published.

ALTER TABLE case_line ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE case_line ADD COLUMN note VARCHAR(200) NULL;
