using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Records;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Grades;

/// <summary>/diem [môn] [hk1|hk2]: this term's marks per subject with averages, or one subject in detail.</summary>
public sealed class GradesHandler(IGradeBook grades, RecordsAsOf asOf, SchoolCalendar calendar, SchoolProfiles profiles) : ICommandHandler
{
    public CommandInfo Info { get; } = new("diem", "grades", Audience.Parent, "Điểm học kì này, /diem <môn> xem một môn", "Scores this term; /grades <subject>")
    {
        Phrases = ["diem", "xem diem", "bang diem", "diem so", "ket qua hoc tap", "grades", "scores"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var child = ChildChoice.Resolve(turn, "/diem " + arguments);
        if (child is null) return;
        var year = calendar.YearOf(await profiles.OfAsync(child.ClassName.School, cancellationToken));
        var (subjectText, term) = Read(arguments, year.TermOf(calendar.Today));
        var marks = await grades.MarksOfAsync(child.Code, cancellationToken);
        if (subjectText.Length == 0)
        {
            turn.Say(GradesView.Term(turn.Texts, child, term, year, marks));
            await asOf.StampAsync(turn, child.Code, [RecordKind.Grades], cancellationToken);
            return;
        }
        if (SubjectCatalog.Find(subjectText) is not { } subject)
        {
            turn.Say(turn.Texts.Grades.UnknownSubject(subjectText, SubjectCatalog.Secondary));
            return;
        }
        turn.Say(GradesView.Subject(turn.Texts, child, subject, year, marks));
        await asOf.StampAsync(turn, child.Code, [RecordKind.Grades], cancellationToken);
    }

    /// <summary>"môn Toán hk2" → ("Toán", II): a term word anywhere ("term2" in English), an optional "môn" in front.</summary>
    private static (string Subject, Term Term) Read(string arguments, Term current)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var term = current;
        foreach (var word in words.ToList())
        {
            var folded = VietnameseText.Fold(word);
            if (folded is "hk1" or "hki" or "term1") { term = Term.I; words.Remove(word); }
            else if (folded is "hk2" or "hkii" or "term2") { term = Term.II; words.Remove(word); }
        }
        if (words.Count > 0 && VietnameseText.Fold(words[0]) == "mon") words.RemoveAt(0);
        return (string.Join(' ', words), term);
    }
}
