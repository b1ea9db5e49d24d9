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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult(
                "Storage:Provider is PostgreSql but Storage:ConnectionString is empty: set it from the environment " +
                "(Storage__ConnectionString=\"Host=…;Database=…;Username=…;Password=…\") or user-secrets.",
                [nameof(ConnectionString)]);
    }
}
