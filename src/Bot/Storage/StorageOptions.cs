using System.ComponentModel.DataAnnotations;

namespace SoLienLac.Bot.Storage;

/// <summary>Where the school's data lives (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One LiteDB file that one process opens: a school.</summary>
    LiteDb,

    /// <summary>A PostgreSQL database that many bot processes share: a district or a province.</summary>
    PostgreSql,
}

/// <summary>The <c>Storage</c> section of the configuration.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>The LiteDB file, relative to the working directory unless absolute.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/solienlac.db";

    /// <summary>The Npgsql connection string, for <see cref="StorageProvider.PostgreSql"/>; a secret (it may hold the password).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// On PostgreSQL, how many answers of the reads parents make most (a chat's links and consent, a
    /// child's marks, absences, conduct…) each bot process keeps in memory, forgotten as soon as the
    /// database reports a change to them (decision 0015); 0 turns it off. LiteDB reads from its own
    /// page cache in the process and ignores it.
    /// </summary>
    [Range(0, 10_000_000)]
    public int ReadCacheEntries { get; set; } = 20_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult(
                "Storage:Provider is PostgreSql but Storage:ConnectionString is empty: set it from the environment " +
                "(Storage__ConnectionString=\"Host=…;Database=…;Username=…;Password=…\") or user-secrets.",
                [nameof(ConnectionString)]);
    }
}
