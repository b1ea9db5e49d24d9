using System.Globalization;
using MiniExcelLibs;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bench.Files;

/// <summary>
/// A term-II scores file for one class, as a teacher would import it: column by column (every
/// student's tx1 in every scored subject, then tx2, gk, ck, tx3, tx4), cut at the wanted number of
/// rows. Regular marks are written as the repeating kind <c>tx</c>. The same inputs give the same file.
/// </summary>
internal static class ScoresFile
{
    public const string Header = "student_code,subject,term,kind,score";

    private static readonly Column[] ColumnOrder =
        [Column.Regular(1), Column.Regular(2), Column.MidTerm, Column.EndOfTerm, Column.Regular(3), Column.Regular(4)];

    public static IReadOnlyList<ScoreRow> ForClass(IReadOnlyList<StudentCode> students, int grade, int rows, int seed)
    {
        ArgumentNullException.ThrowIfNull(students);
        var random = new Random(seed);
        var scored = SubjectCatalog.Secondary.Where(s => s.IsScored).ToList();
        var cells =
            from column in ColumnOrder
            from student in students
            from subject in scored
            where column.Kind != AssessmentKind.Regular || column.Index <= subject.RegularAssessments(grade)
            select new ScoreRow(student.Value, subject.Name, 2, column.KindCode, random.Next(30, 101) / 10m);
        var file = cells.Take(rows).ToList();
        if (file.Count < rows) throw new ArgumentException($"the class has only {file.Count} cells to score", nameof(rows));
        return file;
    }

    /// <summary>Written as the bot writes every CSV (<see cref="SchoolCsv"/>).</summary>
    public static void WriteCsv(string path, IEnumerable<ScoreRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        SchoolCsv.WriteFile(path, Header.Split(','), rows.Select(r => (IReadOnlyList<string>)
            [r.StudentCode, r.Subject, r.Term.ToString(CultureInfo.InvariantCulture), r.Kind, r.Score.ToString("0.0", CultureInfo.InvariantCulture)]));
    }

    /// <summary>The same columns on the first sheet; term and score are numbers, as a spreadsheet holds them.</summary>
    public static void WriteXlsx(string path, IEnumerable<ScoreRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = rows.Select(r => new Dictionary<string, object>
        {
            ["student_code"] = r.StudentCode,
            ["subject"] = r.Subject,
            ["term"] = r.Term,
            ["kind"] = r.Kind,
            ["score"] = (double)r.Score,
        });
        MiniExcel.SaveAs(path, sheet);
    }
}
