-- Schema 1: the delivery and chat-side stores (docs/decisions/0012-storage-ports.md).
-- Keys are COLLATE "C": compared and ordered byte by byte whatever the database's locale, so an
-- id prefix (LIKE 'score:HS0012|Toán|1|tx1:%') is a range of the primary key's index.
-- Times are timestamptz (UTC instants), enums are text with the names LiteDB stores.

CREATE TABLE outbox (
    id          text COLLATE "C" PRIMARY KEY,
    chat        text COLLATE "C" NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL,
    not_before  timestamptz NOT NULL,
    status      text NOT NULL,
    attempts    integer NOT NULL,
    lease_until timestamptz,
    sent_at     timestamptz,
    error       text,
    for_holder  text COLLATE "C"
);
-- What the sender leases, in the order it leases it: only pending messages are in it, so it stays
-- as small as the queue however many months of sent messages the table keeps.
CREATE INDEX outbox_due ON outbox (not_before) WHERE status = 'Pending';
-- A chat's pending messages, withdrawn when its link ends.
CREATE INDEX outbox_pending_by_chat ON outbox (chat) WHERE status = 'Pending';
-- Pruning walks the oldest first and reads no further than it deletes.
CREATE INDEX outbox_not_before ON outbox (not_before);
-- The last minute's rate in `status`.
CREATE INDEX outbox_sent_at ON outbox (sent_at) WHERE status = 'Sent';

CREATE TABLE chats (
    chat     text COLLATE "C" PRIMARY KEY,
    flow     text,
    selected text,
    offer    text,
    language text,
    touched  timestamptz NOT NULL
);
CREATE INDEX chats_touched ON chats (touched);

CREATE TABLE parent_settings (
    chat           text COLLATE "C" PRIMARY KEY,
    score_alerts   text NOT NULL,
    weekly_summary boolean NOT NULL,
    quiet_from     time,
    quiet_until    time
);

CREATE TABLE pending_files (
    chat      text COLLATE "C" PRIMARY KEY,
    file_name text NOT NULL,
    content   bytea NOT NULL,
    kept_at   timestamptz NOT NULL
);
CREATE INDEX pending_files_kept_at ON pending_files (kept_at);

CREATE TABLE standing_choices (
    chat       text COLLATE "C" NOT NULL,
    key        text COLLATE "C" NOT NULL,
    label      text NOT NULL,
    command    text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (chat, key)
);
CREATE INDEX standing_choices_expires_at ON standing_choices (expires_at);

CREATE TABLE channel_cursors (
    channel  text COLLATE "C" PRIMARY KEY,
    position bigint NOT NULL
);

CREATE TABLE updates_begun (
    key      text COLLATE "C" PRIMARY KEY,
    begun_at timestamptz NOT NULL
);
CREATE INDEX updates_begun_begun_at ON updates_begun (begun_at);

CREATE TABLE job_runs (
    run     text COLLATE "C" PRIMARY KEY,
    done_at timestamptz NOT NULL
);
