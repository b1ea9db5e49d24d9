using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>How a language writes the school's values: dd/MM/yyyy in both; a decimal comma in Vietnamese, a point in English.</summary>
public interface IFormats
{
    string DayMonthYear(DateOnly day);

    /// <summary>"Thứ Hai 05/10/2026", "Monday 05/10/2026".</summary>
    string Day(DateOnly day);

    /// <summary>A time already in the school's time zone: "14:05 ngày 23/11/2026", "14:05 on 23/11/2026".</summary>
    string Moment(DateTimeOffset local);

    /// <summary>One decimal, always shown: 8,3 · 8.3.</summary>
    string Average(decimal value);

    /// <summary>A score as written (8,5 · 8.5; whole numbers without a decimal) or a comment-assessed mark.</summary>
    string Mark(Mark mark);

    string Term(Term term);

    /// <summary>A day's session in running text: "sáng", "morning".</summary>
    string Session(DaySession session);

    string Level(Level level);

    string Status(StudentStatus status);

    /// <summary>Thousands grouped: 2.000 · 2,000.</summary>
    string Number(int value);
}
