using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

/// <summary>The domain's own Vietnamese ways of writing its values.</summary>
public sealed class VietnameseFormats : IFormats
{
    public string DayMonthYear(DateOnly day) => VietnameseFormat.Date(day);

    public string Day(DateOnly day) => VietnameseFormat.Day(day);

    public string Moment(DateTimeOffset local) => VietnameseFormat.Moment(local);

    public string Average(decimal value) => VietnameseFormat.Average(value);

    public string Mark(Mark mark) => mark.ToVietnamese();

    public string Term(Term term) => term.Vietnamese();

    public string Session(DaySession session) => session.Vietnamese();

    public string Level(Level level) => level.Vietnamese();

    public string Status(StudentStatus status) => status.Vietnamese();

    public string Number(int value) => VietnameseFormat.Number(value);
}
