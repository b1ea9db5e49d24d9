namespace SoLienLac.Storage.PostgreSql;

/// <summary>The schema's steps as the project embeds them (Schema/0001.sql, Schema/0002.sql, …).</summary>
internal static class SchemaScripts
{
    private const string Prefix = "SoLienLac.Storage.PostgreSql.Schema.";

    public static IReadOnlyList<string> Load()
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        // A gap or a misnamed file would silently renumber every later step.
        for (var i = 0; i < names.Count; i++)
        {
            var expected = $"{Prefix}{i + 1:D4}.sql";
            if (names[i] != expected)
                throw new InvalidOperationException($"Schema step {i + 1} should be embedded as {expected}, found {names[i]}.");
        }
        return names.Select(n =>
        {
            using var stream = assembly.GetManifestResourceStream(n)!;
            using var reader = new StreamReader(stream);
            return WithIncludes(reader.ReadToEnd());
        }).ToList();
    }

    /// <summary>The line a step names the scheduler's tables with, replaced by the Quartz release's own script.</summary>
    public const string QuartzTables = "-- include: the Quartz release's PostgreSQL tables";

    /// <summary>The prefix of the scheduler's tables (<c>qrtz_triggers</c>…), as the bot configures Quartz.</summary>
    public const string QuartzPrefix = "qrtz_";

    /// <summary>
    /// The clustered scheduler's tables, as the Quartz release in use creates them for itself — every
    /// statement "IF NOT EXISTS" — run as one of our steps, so the tables come with the schema's version.
    /// </summary>
    private static string WithIncludes(string step)
    {
        if (!step.Contains(QuartzTables, StringComparison.Ordinal)) return step;
        const string resource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Quartz release in use has no {resource}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", QuartzPrefix, StringComparison.Ordinal).Replace("{1}", QuartzPrefix, StringComparison.Ordinal);
        return step.Replace(QuartzTables, script, StringComparison.Ordinal);
    }
}
