-- Schema 7: parents' erasure requests (/xoadulieu; docs/privacy.md), kept as the school's record of
-- having handled them; once carried out, the chat is no longer named ('(đã xóa)').

CREATE TABLE erasure_requests (
    id           uuid PRIMARY KEY,
    chat         text COLLATE "C" NOT NULL,
    requested_at timestamptz NOT NULL,
    deadline     timestamptz NOT NULL,
    status       text NOT NULL CHECK (status IN ('Pending', 'Done')),
    done_at      timestamptz,
    done_by      text,
    records      integer NOT NULL DEFAULT 0
);
