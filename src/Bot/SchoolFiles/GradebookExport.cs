using System.Globalization;
using SoLienLac.Files;
using MiniExcelLibs;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>
/// A class gradebook in the scores format (<c>student_code, subject, term, kind, score</c>), as XLSX or
/// CSV: what the teachers keep, and what <c>import scores</c> reads back unchanged.
/// </summary>
public static class GradebookExport
{
    public static async Task<int> WriteAsync(string path, IEnumerable<Student> students, IGradeBook grades, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var rows = await RowsAsync(students, grades, cancellationToken);
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            PrivateFiles.Write(path, file => file.SaveAs(rows.Select(r => new Dictionary<string, object>
            {
                ["student_code"] = r.Student, ["subject"] = r.Subject, ["term"] = r.Term, ["kind"] = r.Kind, ["score"] = r.Score,
            }), excelType: ExcelType.XLSX));
        }
        else
        {
            SchoolCsv.WriteFile(path, ["student_code", "subject", "term", "kind", "score"],
                rows.Select(r => (IReadOnlyList<string>)[r.Student, r.Subject, r.Term.ToString(CultureInfo.InvariantCulture), r.Kind, r.Score]));
        }
        return rows.Count;
    }

    /// <summary>Named columns (tx1, tx2 …) so the file reads back into the same cells whatever its row order.</summary>
    private static async Task<List<(string Student, string Subject, int Term, string Kind, string Score)>> RowsAsync(IEnumerable<Student> students, IGradeBook grades,
        CancellationToken cancellationToken)
    {
        var rows = new List<(string Student, string Subject, int Term, string Kind, string Score)>();
        foreach (var s in students)
        {
            rows.AddRange((await grades.MarksOfAsync(s.Code, cancellationToken))
                .OrderBy(m => m.Term).ThenBy(m => SubjectCatalog.IndexOf(m.Subject)).ThenBy(m => m.Column.Order)
                .Select(m => (s.Code.Value, m.Subject.Name, (int)m.Term, m.Column.ToString(), m.Mark.ToString())));
        }
        return rows;
    }
}
