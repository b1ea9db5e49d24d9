using SoLienLac.Bot.Reports.ContactBook;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Tests.Reports;

/// <summary><see cref="ContactBookPdf"/> on its own, as the chat will call it: built records in, PDF bytes out.</summary>
public sealed class ContactBookPdfTests : IDisposable
{
    private static readonly SchoolYear Year = SchoolYear.Starting(2026);
    private static readonly StudentCode Code = StudentCode.Parse("HS0042");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void LongRemark_WrapsOntoSeveralLines_AndKeepsEveryWord()
    {
        var words = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"từ{i}"));
        var remark = new Remark(Guid.NewGuid(), Code, Term.I, new DateOnly(2026, 11, 20), "GV003", $"Em cần cố gắng hơn: {words} hết.");

        var text = Read(Book(Term.I, Marks(Term.I, 8m), [remark]));

        var remarkLines = text.Split('\n').Where(l => l.Contains("từ", StringComparison.Ordinal)).ToList();
        Assert.True(remarkLines.Count >= 3, $"the remark took {remarkLines.Count} line(s)");
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains($"từ{i} ", text.Replace('\n', ' ')));
        Assert.Contains("hết.", text);
        Assert.Contains("Ngày 20/11/2026: Em cần cố gắng hơn", text);
    }

    [Fact]
    public void Year_PrintsTermAveragesAndTheYearAverage_WithACommaDecimal()
    {
        var marks = Marks(Term.I, 8m).Concat(Marks(Term.II, 9m)).ToList();

        var text = Read(Book(null, marks, []));

        // ĐTBmcn = (8,0 + 2 × 9,0) / 3 = 8,7
        Assert.Matches(@"1\s+Toán\s+8,0\s+9,0\s+8,7", text);
        Assert.Contains("Cả năm – Năm học 2026-2027", text);
    }

    [Fact]
    public void AStudentWhoDroppedOut_IsMarkedWithTheDate_AndTheTermMarksStayOnTheirPage()
    {
        var text = Read(Book(Term.I, Marks(Term.I, 6.5m), [], left: new DateOnly(2026, 10, 1)));

        Assert.Contains("Đã thôi học từ 01/10/2026", text);
        Assert.Matches(@"1\s+Toán\s+6,5\s+6,5\s+6,5\s+6,5\s+6,5\s+6,5\s+6,5", text);
        Assert.Matches(@"2\s+Ngữ văn\s+—", text);
    }

    private string Read(ContactBook book)
    {
        var path = _dir.File(Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, ContactBookPdf.Render(book));
        var text = Poppler.Text(path);
        Assert.Equal(1, Poppler.Pages(text));
        return text;
    }

    private static ContactBook Book(Term? term, IReadOnlyList<Assessment> marks, IReadOnlyList<Remark> remarks, DateOnly? left = null)
    {
        var student = Student.Enrol(Code, "Nguyễn Thị Ánh Tuyết", new DateOnly(2015, 2, 28), ClassName.Parse("6A"));
        if (left is { } on) student = student.Leave(StudentStatus.Dropped, on);
        IReadOnlyList<Absence> none = [];
        var heading = new ContactBookHeading("Trường THCS Thử Nghiệm", Year, student.ClassName, term, "Trần Văn Bình", new DateOnly(2026, 11, 23));
        StudentResults Of(Term? t) => StudentResults.Compute(student, Year, t, marks, [], none);
        var rows = term is { } one
            ? SubjectRows.ForTerm(Of(one), marks.Where(m => m.Term == one).ToList())
            : SubjectRows.ForYear(Of(Term.I), Of(Term.II), Of(null));
        return new ContactBook(heading, [new ContactBookPage(Of(term), rows, remarks)]);
    }

    /// <summary>Toán, four regular marks, the mid-term and the end-of-term, all the same score.</summary>
    private static List<Assessment> Marks(Term term, decimal score)
    {
        var columns = Enumerable.Range(1, 4).Select(Column.Regular).Append(Column.MidTerm).Append(Column.EndOfTerm);
        return columns.Select(c => Assessment.Create(Code, SubjectCatalog.Toan, term, c, Mark.Of(Score.Of(score)))).ToList();
    }
}
