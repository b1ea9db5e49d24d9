using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Reports.ContactBook;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>/inso &lt;lớp&gt; [hk1|canam]: the homeroom teacher gets the class's printable contact book as a PDF.</summary>
public sealed class PrintBookHandler(ContactBookSource books, IStudentDirectory students) : ICommandHandler
{
    public CommandInfo Info { get; } = new("inso", "print", Audience.Teacher, "In sổ liên lạc của lớp (PDF)", "The printable contact book (PDF)")
    {
        Phrases = ["in so lien lac", "in so"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !ClassName.TryParse(words[0], out var className))
        {
            var mine = (await students.ClassesAsync(cancellationToken)).Where(c => Authorization.Check(teacher, TeacherAction.ViewHistory, c) is null).ToList();
            turn.Say(new Reply(turn.Texts.Teaching.PrintWhichClass)
            {
                Buttons = mine.Chunk(4).Select(row => (IReadOnlyList<ReplyButton>)row.Select(c => TeacherGate.ClassButton(teacher, c, "/inso")).ToList()).ToList(),
            });
            return;
        }
        // The whole class's book is the homeroom teacher's (or an admin's), as its remarks and conduct are.
        className = teacher.Place(className);
        if (Authorization.Check(teacher, TeacherAction.ViewHistory, className) is { } refused) { turn.Say(TeacherGate.Explain(turn, refused)); return; }
        var roster = await students.InClassAsync(className, cancellationToken);
        if (roster.Count == 0) { turn.Say(turn.Texts.Teaching.PrintNoStudents(className)); return; }
        var year = words.Length > 1 && VietnameseText.Fold(words[1]) is "canam" or "ca nam" or "year";
        Term? term = year ? null : Term.I;
        var book = await books.ForClassAsync(className, term, roster, cancellationToken);
        var pdf = ContactBookPdf.Render(book);
        var name = SchoolContactBooks.FileName(className, term);
        turn.Say(new Reply(turn.Texts.Teaching.PrintReady(className, year, book.Pages.Count))
        {
            Document = new ReplyDocument(name, pdf),
        });
    }
}
