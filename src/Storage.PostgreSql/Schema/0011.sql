-- Schema 11: the tables of the clustered scheduler (Quartz's ADO job store, `quartz.jobStore.clustered`):
-- the weekly summary, timed notices, clean-ups and backups fire once across the bot processes, and
-- fire on another process when the one due to run them dies. Created from the script the Quartz
-- release itself ships for PostgreSQL, with the prefix qrtz_ (SchemaScripts.WithIncludes).

-- include: the Quartz release's PostgreSQL tables
