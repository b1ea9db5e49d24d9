using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/tuan and the weekly summary: a week's digest in a few readable lines.</summary>
public interface IWeekTexts
{
    string Heading(SchoolWeek week);

    string NothingNew { get; }

    string NewMarks { get; }

    /// <summary>" (TB 8,3)" after a subject's new marks: its term average.</summary>
    string Average(decimal average);

    string Absences { get; }

    string YearSoFar(int total, int limit);

    string Remarks { get; }

    string UnreadNotices { get; }

    string LeaveRequests { get; }

    string Status(LeaveStatus status);

    /// <summary>The line above a digest sent on Saturdays.</summary>
    string SummaryTitle { get; }
}
