using System.Globalization;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

/// <summary>
/// Values in English: dates stay dd/MM/yyyy (the school's calendar, as on its letters), decimals take a
/// point, and Circular 22's levels their usual English names.
/// </summary>
public sealed class EnglishFormats : IFormats
{
    public string DayMonthYear(DateOnly day) => VietnameseFormat.Date(day);

    public string Day(DateOnly day) => $"{day.DayOfWeek} {DayMonthYear(day)}";

    public string Moment(DateTimeOffset local) =>
        $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} on {DayMonthYear(DateOnly.FromDateTime(local.DateTime))}";

    public string Average(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public string Mark(Mark mark) => mark.Score is { } score ? score.ToString() : mark.Passed == true ? "pass" : "not passed";

    public string Term(Term term) => term == Domain.Calendar.Term.I ? "Term I" : "Term II";

    public string Session(DaySession session) => session == DaySession.Morning ? "morning" : "afternoon";

    public string Level(Level level) => level switch
    {
        Domain.Common.Level.Tot => "Good",
        Domain.Common.Level.Kha => "Fair",
        Domain.Common.Level.Dat => "Pass",
        _ => "Not passed",
    };

    public string Status(StudentStatus status) => status switch
    {
        StudentStatus.Transferred => "Transferred",
        StudentStatus.Dropped => "Left school",
        _ => "Studying",
    };

    public string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
