-- Schema 14: the database tells every bot process what changed (decision 0015). Each process keeps
-- the rows parents read most (a chat's state, links and consent; a child's record and books; a
-- teacher); a statement that changes such rows sends, on commit, one notification a subject it
-- touched on the channel solienlac_changes: 'c:<chat>', 's:<student>' or 't:<teacher>', and '*' for a
-- TRUNCATE. Whatever writes — the bot, a verb, a migration, an operator's psql — is heard.

CREATE FUNCTION solienlac_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- TG_ARGV: the subject's prefix, the column naming it. "changed" and "gone" are the statement's
    -- transition tables (new rows, old rows); an update may move a row from one subject to another.
    IF TG_OP = 'UPDATE' THEN
        EXECUTE format('SELECT pg_notify(''solienlac_changes'', %L || k) FROM (SELECT %I AS k FROM changed UNION SELECT %I FROM gone) AS d',
            TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
    ELSE
        EXECUTE format('SELECT pg_notify(''solienlac_changes'', %L || k) FROM (SELECT DISTINCT %I AS k FROM changed) AS d',
            TG_ARGV[0], TG_ARGV[1]);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION solienlac_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('solienlac_changes', '*');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('chats', 'chat', 'c:'), ('parent_links', 'chat', 'c:'), ('staff_links', 'chat', 'c:'), ('consents', 'chat', 'c:'),
        ('students', 'code', 's:'), ('guardians', 'student', 's:'), ('marks', 'student', 's:'), ('record_stamps', 'student', 's:'),
        ('absences', 'student', 's:'), ('conduct', 'student', 's:'), ('remarks', 'student', 's:'),
        ('acknowledgements', 'student', 's:'), ('leave_requests', 'student', 's:'),
        ('teachers', 'code', 't:'), ('teacher_assignments', 'teacher', 't:')) AS v (tab, col, prefix)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION solienlac_changed(%L, %L)',
            t.tab || '_inserted', t.tab, t.prefix, t.col);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS gone NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION solienlac_changed(%L, %L)',
            t.tab || '_updated', t.tab, t.prefix, t.col);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION solienlac_changed(%L, %L)',
            t.tab || '_deleted', t.tab, t.prefix, t.col);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION solienlac_truncated()',
            t.tab || '_truncated', t.tab);
    END LOOP;
END
$$;
