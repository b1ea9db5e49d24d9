-- Schema 3: verification (activation codes, failed attempts), leave requests, notices and their
-- acknowledgements (docs/decisions/0012-storage-ports.md). Keys are COLLATE "C", times timestamptz,
-- enums text with the names LiteDB stores, as in schema 1.

-- One code a holder: the newest replaces the older one. The key is CodeHolder.Key, the student code
-- or "teacher:GV003". Only the PBKDF2 salt and hash are kept, as hex, as the domain gives them.
CREATE TABLE activation_codes (
    holder     text COLLATE "C" PRIMARY KEY,
    salt       text NOT NULL,
    hash       text NOT NULL,
    expires_on date NOT NULL,
    used_at    timestamptz,
    used_by    text COLLATE "C"
);

CREATE TABLE verification_failures (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat    text COLLATE "C" NOT NULL,
    at      timestamptz NOT NULL,
    against text COLLATE "C"
);
-- A chat's failures (its lock), the failures against a code (the holder's lock), and the nightly prune.
CREATE INDEX verification_failures_chat ON verification_failures (chat, at);
CREATE INDEX verification_failures_against ON verification_failures (against, at) WHERE against IS NOT NULL;
CREATE INDEX verification_failures_at ON verification_failures (at);

-- A request's sessions as two arrays of one length: the dates, and "sang"/"chieu" for each.
CREATE TABLE leave_requests (
    id          uuid PRIMARY KEY,
    student     text COLLATE "C" NOT NULL,
    chat        text COLLATE "C" NOT NULL,
    dates       date[] NOT NULL,
    sessions    text[] NOT NULL,
    reason      text NOT NULL,
    created_at  timestamptz NOT NULL,
    status      text NOT NULL,
    decided_by  text COLLATE "C",
    decided_at  timestamptz,
    CHECK (cardinality(dates) = cardinality(sessions) AND cardinality(dates) > 0)
);
-- What the homeroom teachers have to answer, oldest first; and a student's (a class's) requests.
CREATE INDEX leave_requests_pending ON leave_requests (created_at) WHERE status = 'Pending';
CREATE INDEX leave_requests_student ON leave_requests (student, created_at);

-- A notice of one class, or of the whole school when class is null. delivered_at is set once the
-- families were sent it, and saving the notice again keeps it.
CREATE TABLE notices (
    id           uuid PRIMARY KEY,
    class        text COLLATE "C",
    text         text NOT NULL,
    author       text COLLATE "C" NOT NULL,
    created_at   timestamptz NOT NULL,
    publish_at   timestamptz NOT NULL,
    urgent       boolean NOT NULL,
    delivered_at timestamptz
);
-- A class's notices (and the school's, class null) by publication and by creation.
CREATE INDEX notices_class_publish_at ON notices (class, publish_at);
CREATE INDEX notices_class_created_at ON notices (class, created_at);
CREATE INDEX notices_created_at ON notices (created_at);
-- What the delivery job still has to send: only the undelivered are in it.
CREATE INDEX notices_undelivered ON notices (publish_at) WHERE delivered_at IS NULL;

-- A parent's "Đã xem", one a notice, child and chat; acknowledging again keeps the latest time.
CREATE TABLE acknowledgements (
    notice  uuid NOT NULL,
    student text COLLATE "C" NOT NULL,
    chat    text COLLATE "C" NOT NULL,
    at      timestamptz NOT NULL,
    PRIMARY KEY (notice, student, chat)
);
CREATE INDEX acknowledgements_student ON acknowledgements (student);
