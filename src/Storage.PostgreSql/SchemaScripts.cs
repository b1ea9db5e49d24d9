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
            return reader.ReadToEnd();
        }).ToList();
    }
}
