-- Schema 8: talking with the school. The threads between families and teachers (a student's with a
-- teacher), the teachers' mutes and office hours; polls and the families' answers; and when each kind
-- of a student's records last changed. Keys are COLLATE "C", times timestamptz, enums text with the
-- names LiteDB stores, as in schema 1.

-- chat is the parent's: who wrote, for a parent's message (from_parent); whom it answers, for a teacher's.
CREATE TABLE talk_messages (
    id          uuid PRIMARY KEY,
    student     text COLLATE "C" NOT NULL,
    teacher     text COLLATE "C" NOT NULL,
    from_parent boolean NOT NULL,
    chat        text COLLATE "C" NOT NULL,
    text        text NOT NULL,
    at          timestamptz NOT NULL,
    deliver_at  timestamptz NOT NULL,
    reported_at timestamptz
);
-- A thread newest first; and the newest message of each of a teacher's threads, or of every thread
-- (DISTINCT ON in this order).
CREATE INDEX talk_messages_thread ON talk_messages (teacher, student, at DESC, id DESC);
-- The last message a parent wrote to the teacher.
CREATE INDEX talk_messages_received ON talk_messages (teacher, at DESC, id DESC) WHERE from_parent;
-- A leaver's messages (the clean-up a year on), and a parent's (erasure).
CREATE INDEX talk_messages_student ON talk_messages (student);
CREATE INDEX talk_messages_chat ON talk_messages (chat);

-- One a thread: a teacher's new mute of the family replaces the last.
CREATE TABLE talk_mutes (
    student text COLLATE "C" NOT NULL,
    teacher text COLLATE "C" NOT NULL,
    until   timestamptz NOT NULL,
    at      timestamptz NOT NULL,
    PRIMARY KEY (student, teacher)
);

-- A teacher's hours, to the minute; a teacher without a row has the default.
CREATE TABLE office_hours (
    teacher text COLLATE "C" PRIMARY KEY,
    opens   time NOT NULL,
    closes  time NOT NULL,
    CHECK (opens < closes)
);

-- A poll of one class, or of the whole school when class is null.
CREATE TABLE polls (
    id         uuid PRIMARY KEY,
    class      text COLLATE "C",
    question   text NOT NULL,
    options    text[] NOT NULL CHECK (cardinality(options) > 0),
    created_by text COLLATE "C" NOT NULL,
    created_at timestamptz NOT NULL,
    closes_at  timestamptz,
    closed_at  timestamptz
);
-- A class's polls and the school's (class null), newest first.
CREATE INDEX polls_class_created_at ON polls (class, created_at);
CREATE INDEX polls_created_at ON polls (created_at);

-- One answer a poll and child, the latest; option is the index (from 0) in the poll's options.
CREATE TABLE poll_answers (
    poll    uuid NOT NULL REFERENCES polls (id),
    student text COLLATE "C" NOT NULL,
    option  integer NOT NULL CHECK (option >= 0),
    chat    text COLLATE "C" NOT NULL,
    at      timestamptz NOT NULL,
    PRIMARY KEY (poll, student)
);
CREATE INDEX poll_answers_student ON poll_answers (student);
CREATE INDEX poll_answers_chat ON poll_answers (chat);

-- When each kind of a student's records last changed, moved only forward.
CREATE TABLE record_stamps (
    student text COLLATE "C" NOT NULL,
    kind    text NOT NULL CHECK (kind IN ('Grades', 'Attendance', 'Conduct')),
    at      timestamptz NOT NULL,
    PRIMARY KEY (student, kind)
);
