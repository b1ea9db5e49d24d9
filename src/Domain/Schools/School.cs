using System.Text.RegularExpressions;

namespace SoLienLac.Domain.Schools;

/// <summary>
/// A school of the deployment (a district's or a province's store holds many), by the code the
/// department gives it, with what it keeps for itself: its name, its calendar (term II's first day,
/// its closed terms), its telephone and the authority printed above its name on the contact book.
/// What a school leaves empty comes from the deployment's settings (<c>School:*</c>). Its records
/// carry it through their class ("THCS-NGUYENDU/6A", README "Many schools").
/// </summary>
public sealed partial record School(string Code, string Name, DateTimeOffset AddedAt)
{
    /// <summary>The first day of term II; null: the deployment's setting.</summary>
    public DateOnly? TermTwoStartsOn { get; init; }

    /// <summary>The terms whose books the school has closed (printed); empty: the deployment's setting.</summary>
    public IReadOnlyList<int> ClosedTerms { get; init; } = [];

    /// <summary>The school's telephone for urgent matters; null: the deployment's setting.</summary>
    public string? Phone { get; init; }

    /// <summary>The line above the school's name on the contact book ("UBND QUẬN 1 — PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"); null: none.</summary>
    public string? Authority { get; init; }

    /// <summary>The closed terms as stored: "1" or "1,2"; null for none.</summary>
    public string? ClosedTermsText => ClosedTerms.Count == 0 ? null : string.Join(',', ClosedTerms.Order());

    /// <summary>Reads <see cref="ClosedTermsText"/> back; anything but 1 and 2 is not a term.</summary>
    public static IReadOnlyList<int> ParseClosedTerms(string? text) =>
        string.IsNullOrWhiteSpace(text) ? []
        : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t is "1" or "2" ? t[0] - '0' : throw new FormatException($"\"{t}\" is not a term (1 or 2)"))
            .Distinct().Order().ToList();

    /// <summary>Same school, same settings (the terms compared as sets).</summary>
    public bool SameSettingsAs(School other) =>
        other is not null && Code == other.Code && Name == other.Name && TermTwoStartsOn == other.TermTwoStartsOn
        && ClosedTermsText == other.ClosedTermsText && Phone == other.Phone && Authority == other.Authority;

    /// <summary>
    /// Two to twenty capital letters, digits or dashes ("THCS-NGUYENDU", "79001"), and not a class's name
    /// ("6A" is a class): "THCS-NGUYENDU/6A" must read one way only.
    /// </summary>
    public static bool IsCode(string? text) =>
        text is not null && CodeShape().IsMatch(text) && !Students.ClassName.TryParse(text, out _);

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

    /// <summary>Replaces a school's name and settings (kept: its code and when it was added); false when there is no such school.</summary>
    Task<bool> UpdateAsync(School school, CancellationToken cancellationToken);
}
