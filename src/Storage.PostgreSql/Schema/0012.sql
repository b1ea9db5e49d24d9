-- Schema 12: the schools of the deployment (issue 17, part 1, first slice): a district's or a
-- province's database holds many, each by the code the department gives it.

CREATE TABLE schools (
    code     text COLLATE "C" PRIMARY KEY,
    name     text NOT NULL,
    added_at timestamptz NOT NULL
);
