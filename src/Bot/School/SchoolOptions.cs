using System.ComponentModel.DataAnnotations;

namespace SoLienLac.Bot.School;

/// <summary>The <c>School</c> section: who the school is and which calendar it keeps.</summary>
public sealed class SchoolOptions
{
    public const string Section = "School";

    [Required]
    public string Name { get; set; } = "Trường THCS Nguyễn Du";

    /// <summary>"2026-2027"; empty means the school year of today's date.</summary>
    [RegularExpression(@"^(\d{4}(-\d{4})?)?$")]
    public string? Year { get; set; }

    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>The first day of term II; empty means the third Monday of January.</summary>
    public DateOnly? TermTwoStartsOn { get; set; }

    /// <summary>
    /// Terms whose books are closed (printed): their scores, attendance and conduct are changed only
    /// by an admin, with a reason. E.g. <c>[1]</c> once term I's contact books are printed.
    /// </summary>
    public List<int> ClosedTerms { get; } = [];

    /// <summary>
    /// The school's telephone, given to parents for urgent matters when a teacher is outside their office
    /// hours or not taking messages (<c>School:Phone</c>); empty says nothing.
    /// </summary>
    public string? Phone { get; set; }

    /// <summary>Whether Saturday is a school day (teachers' office hours run on school days). Sunday never is.</summary>
    public bool SaturdayClasses { get; set; } = true;

    /// <summary>"vi" (default) or "en" for the command line's messages.</summary>
    [RegularExpression("^(vi|en)$")]
    public string Language { get; set; } = "vi";
}
