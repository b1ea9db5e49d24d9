-- Schema 2: the school's records, the chat links and the audit (docs/decisions/0012-storage-ports.md).
-- Keys are COLLATE "C" as in schema 1; enums are text with the names LiteDB writes ('studying',
-- 'sang', 'Phone', 'Tốt', 'admin'). A student's marks come back in the order their cells were
-- first entered, as LiteDB's packed document keeps them; that order, and the order of rows that tie
-- on what a port sorts by (links or audit entries of one instant, remarks of one day), is a `seq`
-- identity column: the order rows were first written in, kept when an upsert saves over a row.

CREATE TABLE students (
    code          text COLLATE "C" PRIMARY KEY,
    full_name     text NOT NULL,
    date_of_birth date NOT NULL,
    class         text COLLATE "C" NOT NULL,
    status        text NOT NULL,
    left_on       date
);
CREATE INDEX students_class ON students (class);

-- A student's guardians in the school's order; a roster import replaces the whole list.
CREATE TABLE guardians (
    student   text COLLATE "C" NOT NULL,
    position  integer NOT NULL,
    full_name text NOT NULL,
    phone     text COLLATE "C",
    relation  text NOT NULL,
    PRIMARY KEY (student, position)
);
CREATE INDEX guardians_phone ON guardians (phone) WHERE phone IS NOT NULL;

CREATE TABLE teachers (
    code      text COLLATE "C" PRIMARY KEY,
    full_name text NOT NULL,
    phone     text COLLATE "C",
    has_left  boolean NOT NULL
);
CREATE INDEX teachers_phone ON teachers (phone) WHERE phone IS NOT NULL;

-- role: 'admin' (no class, no subject), 'homeroom' (a class), 'subject' (a class and a subject).
CREATE TABLE teacher_assignments (
    teacher  text COLLATE "C" NOT NULL REFERENCES teachers (code) ON DELETE CASCADE,
    position integer NOT NULL,
    role     text NOT NULL,
    class    text COLLATE "C",
    subject  text,
    PRIMARY KEY (teacher, position)
);

-- One row an assessment, the cell (student, subject, term, column) its key: re-entering a cell
-- replaces its mark. A score is numeric(3,1) (0–10, one decimal, kept exactly as the domain's
-- decimal); a comment-assessed subject's Đ / CĐ is `passed`; exactly one of the two is set.
-- The alternative is LiteDB's packed form, a student's year of marks as one bytea value read in
-- one go; a typed table lets SQL read, check and change one cell, and a student's marks are still
-- one range of the primary key.
CREATE TABLE marks (
    student     text COLLATE "C" NOT NULL,
    subject     text COLLATE "C" NOT NULL,
    term        smallint NOT NULL CHECK (term IN (1, 2)),
    col         text COLLATE "C" NOT NULL CHECK (col IN ('tx1', 'tx2', 'tx3', 'tx4', 'gk', 'ck')),
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    score       numeric(3, 1) CHECK (score BETWEEN 0 AND 10),
    passed      boolean,
    recorded_at timestamptz,
    PRIMARY KEY (student, subject, term, col),
    CHECK (num_nonnulls(score, passed) = 1)
);

-- One absence a student a session (session 'sang' or 'chieu').
CREATE TABLE absences (
    student text COLLATE "C" NOT NULL,
    day     date NOT NULL,
    session text COLLATE "C" NOT NULL CHECK (session IN ('sang', 'chieu')),
    excused boolean NOT NULL,
    PRIMARY KEY (student, day, session)
);

-- The training result a term, by its Vietnamese name ('Tốt', 'Khá', 'Đạt', 'Chưa đạt').
CREATE TABLE conduct (
    student text COLLATE "C" NOT NULL,
    term    smallint NOT NULL CHECK (term IN (1, 2)),
    level   text NOT NULL,
    PRIMARY KEY (student, term)
);

CREATE TABLE remarks (
    id         uuid PRIMARY KEY,
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    student    text COLLATE "C" NOT NULL,
    term       smallint NOT NULL CHECK (term IN (1, 2)),
    written_on date NOT NULL,
    teacher    text COLLATE "C" NOT NULL,
    body       text NOT NULL
);
CREATE INDEX remarks_student ON remarks (student, written_on, seq);

-- A parent's chat linked to one child; ended links stay, with ended_at. proof: 'Phone' or 'ActivationCode'.
CREATE TABLE parent_links (
    chat      text COLLATE "C" NOT NULL,
    student   text COLLATE "C" NOT NULL,
    seq       bigint GENERATED ALWAYS AS IDENTITY,
    proof     text NOT NULL,
    phone     text,
    linked_at timestamptz NOT NULL,
    ended_at  timestamptz,
    PRIMARY KEY (chat, student)
);
CREATE INDEX parent_links_student ON parent_links (student);

-- A teacher's chat: one teacher a chat; ended links stay, with ended_at.
CREATE TABLE staff_links (
    chat      text COLLATE "C" PRIMARY KEY,
    teacher   text COLLATE "C" NOT NULL,
    seq       bigint GENERATED ALWAYS AS IDENTITY,
    proof     text NOT NULL,
    linked_at timestamptz NOT NULL,
    ended_at  timestamptz
);
CREATE INDEX staff_links_teacher ON staff_links (teacher);

-- Never updated or deleted by the bot: an entry a change.
CREATE TABLE audit (
    id        uuid PRIMARY KEY,
    seq       bigint GENERATED ALWAYS AS IDENTITY,
    at        timestamptz NOT NULL,
    actor     text NOT NULL,
    channel   text NOT NULL,
    student   text COLLATE "C",
    what      text NOT NULL,
    old_value text,
    new_value text,
    reason    text
);
CREATE INDEX audit_student ON audit (student, at, seq) WHERE student IS NOT NULL;
CREATE INDEX audit_at ON audit (at, seq);
