using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlJobRuns(PostgreSqlDatabase db) : IJobRuns
{
    public async Task<bool> WasDoneAsync(string run, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("SELECT EXISTS (SELECT 1 FROM job_runs WHERE run = @run)", cancellationToken).ConfigureAwait(false))
            .With("run", run);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task DoneAsync(string run, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "INSERT INTO job_runs (run, done_at) VALUES (@run, @at) ON CONFLICT (run) DO UPDATE SET done_at = excluded.done_at",
            cancellationToken).ConfigureAwait(false))
            .With("run", run).WithTime("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
