using System.ComponentModel.DataAnnotations;

namespace SoLienLac.Bot.Storage;

/// <summary>The <c>Storage</c> section of the configuration.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file, relative to the working directory unless absolute.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/solienlac.db";
}
