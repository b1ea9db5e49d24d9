-- Schema 5: parents' consent to the processing of their child's records (Law 91/2025/QH15;
-- docs/privacy.md). Every answer is kept as proof — who, when, through which chat, to which text
-- (a hash of the text shown) — and never changed; the latest answer of a chat is in force.

CREATE TABLE consents (
    seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat     text COLLATE "C" NOT NULL,
    person   text NOT NULL,
    at       timestamptz NOT NULL,
    version  text NOT NULL,
    decision text NOT NULL CHECK (decision IN ('Agreed', 'Declined', 'Withdrawn'))
);
CREATE INDEX consents_chat ON consents (chat, seq);
