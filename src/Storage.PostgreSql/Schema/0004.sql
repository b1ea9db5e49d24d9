-- Schema 4: leases that know their owner (docs/decisions/0012-storage-ports.md).
-- Every bot process is an instance with a name (Instance:Name) that beats while it runs; a lease
-- names the instance holding it, and the leases of an instance whose beat stopped go back to the
-- queue without waiting for them to run out.

ALTER TABLE outbox ADD COLUMN leased_by text COLLATE "C";
-- What an instance holds, for `status` and for giving its leases back.
CREATE INDEX outbox_leased_by ON outbox (leased_by) WHERE leased_by IS NOT NULL;

CREATE TABLE instances (
    name       text COLLATE "C" PRIMARY KEY,
    started_at timestamptz NOT NULL,
    last_beat  timestamptz NOT NULL
);
