-- Schema 6: the access log (Law 91/2025/QH15; docs/privacy.md). One line a person, student, kind
-- of record and hour: who read (or was sent) a student's records, kept compactly.

CREATE TABLE access_log (
    student text COLLATE "C" NOT NULL,
    who     text COLLATE "C" NOT NULL,
    name    text NOT NULL,
    role    text NOT NULL CHECK (role IN ('Parent', 'Teacher', 'School', 'Delivery')),
    channel text NOT NULL,
    what    text COLLATE "C" NOT NULL,
    hour    timestamptz NOT NULL,
    PRIMARY KEY (student, who, what, hour)
);
CREATE INDEX access_log_student_hour ON access_log (student, hour DESC);
