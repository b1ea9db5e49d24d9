-- Schema 13: every record in its school (issue 17, part 1). A class names its school in the class
-- columns themselves ("THCS-NGUYENDU/6A"); what has no class says its school here: an admin's
-- assignment, a whole school's notice or poll. Null everywhere in a store of one school.
-- Each school keeps its own calendar and contact-book header.

ALTER TABLE teacher_assignments ADD COLUMN school text COLLATE "C";
ALTER TABLE notices ADD COLUMN school text COLLATE "C";
ALTER TABLE polls ADD COLUMN school text COLLATE "C";

ALTER TABLE schools
    ADD COLUMN term_two_starts_on date,
    ADD COLUMN closed_terms text,
    ADD COLUMN phone text,
    ADD COLUMN authority text;
