using System.Text.RegularExpressions;

namespace SoLienLac.Domain.Schools;

/// <summary>
/// A school of the deployment (a district's or a province's store holds many), by the code the
/// department gives it. The first slice of issue 17: schools are listed and added; records do not
/// yet carry their school (README, "Many schools").
/// </summary>
public sealed partial record School(string Code, string Name, DateTimeOffset AddedAt)
{
    /// <summary>Two to twenty capital letters, digits or dashes ("THCS-NGUYENDU", "79001").</summary>
    public static bool IsCode(string? text) => text is not null && CodeShape().IsMatch(text);

    public static School Add(string code, string name, DateTimeOffset at)
    {
        var normalized = (code ?? "").Trim().ToUpperInvariant();
        if (!IsCode(normalized)) throw new ArgumentException($"\"{code}\" is not a school code", nameof(code));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a school needs a name", nameof(name));
        return new School(normalized, Common.PersonName.Normalize(name), at);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,19}$")]
    private static partial Regex CodeShape();
}

/// <summary>The schools of the deployment.</summary>
public interface ISchools
{
    /// <summary>Adds the school unless its code is taken; true when added.</summary>
    Task<bool> AddAsync(School school, CancellationToken cancellationToken);

    /// <summary>Every school, by code.</summary>
    Task<IReadOnlyList<School>> AllAsync(CancellationToken cancellationToken);
}
