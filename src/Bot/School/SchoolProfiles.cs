using Microsoft.Extensions.Options;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Schools;

namespace SoLienLac.Bot.School;

/// <summary>
/// What one school keeps for itself, with what it leaves empty taken from the deployment's
/// <c>School:*</c> settings: its name, term II's first day, its closed terms, its telephone and the
/// authority above its name on the contact book. A store of one school (no code) is exactly the settings.
/// </summary>
public sealed record SchoolProfile(string? Code, string Name, DateOnly? TermTwoStartsOn, IReadOnlyList<int> ClosedTerms, string? Phone, string? Authority)
{
    public bool IsClosed(Term term) => ClosedTerms.Contains((int)term);
}

/// <summary>
/// The schools' profiles, read from the store at most every <see cref="Fresh"/>: a turn does not wait
/// on the database for them, and a school's <c>schools set</c> reaches the running bots within that time.
/// </summary>
public sealed class SchoolProfiles(ISchools schools, IOptions<SchoolOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    /// <summary>What was last read, replaced whole (never changed in place), so a reader never sees half of it.</summary>
    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyDictionary<string, Domain.Schools.School> Schools);

    private volatile Snapshot? _read;

    /// <summary>
    /// The profile of the school with this code. Null — a store whose records carry no school code — is
    /// the store's one listed school when it has exactly one (a LiteDB file given its code), otherwise
    /// the deployment's settings; so is an unknown code.
    /// </summary>
    public async ValueTask<SchoolProfile> OfAsync(string? code, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fallback = new SchoolProfile(code, settings.Name, settings.TermTwoStartsOn, settings.ClosedTerms, Blank(settings.Phone), null);
        var read = _read;
        if (read is null || clock.GetUtcNow() - read.ReadAt > Fresh)
        {
            var all = await schools.AllAsync(cancellationToken).ConfigureAwait(false);
            read = new Snapshot(clock.GetUtcNow(), all.ToDictionary(s => s.Code, StringComparer.Ordinal));
            _read = read;
        }
        var school = code is null
            ? read.Schools.Count == 1 ? read.Schools.Values.First() : null
            : read.Schools.GetValueOrDefault(code);
        if (school is null) return fallback;
        return new SchoolProfile(code, school.Name, school.TermTwoStartsOn ?? settings.TermTwoStartsOn,
            school.ClosedTerms.Count > 0 ? school.ClosedTerms : settings.ClosedTerms, Blank(school.Phone) ?? fallback.Phone, Blank(school.Authority));
    }

    /// <summary>Forgets what was read: the next question reads the store (after <c>schools set</c> in this process).</summary>
    public void Forget() => _read = null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
