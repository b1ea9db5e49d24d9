-- Schema 9: the lawful reason an admin may record to keep a parent's correspondence (their messages to
-- teachers, their leave requests) when erasing their data; kept without the chat (docs/privacy.md).

ALTER TABLE erasure_requests ADD COLUMN kept_reason text;
