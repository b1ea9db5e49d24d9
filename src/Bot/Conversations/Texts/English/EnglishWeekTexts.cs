using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishWeekTexts : IWeekTexts
{
    private static readonly EnglishFormats Format = new();

    public string Heading(SchoolWeek week) => $"🗓 Week {VietnameseFormat.Date(week.Monday)} – {VietnameseFormat.Date(week.Sunday)}";

    public string NothingNew => "Nothing new this week: no new scores, no sessions missed, no new notices.";

    public string NewMarks => "New scores:";

    public string Average(decimal average) => $" (average {Format.Average(average)})";

    public string Absences => "Absences:";

    public string YearSoFar(int total, int limit) => $"This school year so far: {total}/{limit} sessions.";

    public string Remarks => "Teachers' remarks:";

    public string UnreadNotices => "Notices not yet acknowledged (press «Seen» in /notices):";

    public string LeaveRequests => "Leave requests:";

    public string Status(LeaveStatus status) => status switch
    {
        LeaveStatus.Approved => "approved",
        LeaveStatus.Declined => "declined",
        _ => "waiting for the teacher",
    };

    public string SummaryTitle => "📬 The contact book's weekly summary";
}
