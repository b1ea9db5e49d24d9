using System.Globalization;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>Reads typed cells out of rows, noting every refusal instead of stopping at the first.</summary>
internal sealed class RowChecker(string? school = null, IReadOnlySet<string>? schools = null)
{
    /// <summary>The school the file is imported for; null in a store of one school.</summary>
    public string? FileSchool => school;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public List<ImportError> Errors { get; } = [];

    /// <summary>Notes the required columns the header lacks; true when none is missing.</summary>
    public bool HasColumns(ImportTable table, params string[] required)
    {
        foreach (var column in required.Where(c => !table.Columns.Contains(c)))
            Errors.Add(new ImportError(1, column, null, ImportProblem.MissingColumn));
        return Errors.Count == 0;
    }

    public void Fail(ImportRow row, string column, ImportProblem problem, string? detail = null) =>
        Errors.Add(new ImportError(row.Line, column, row[column], problem, detail));

    public string? Text(ImportRow row, string column, bool required = true)
    {
        var value = row[column];
        if (value is null && required) Fail(row, column, ImportProblem.Required);
        return value;
    }

    public T? Parse<T>(ImportRow row, string column, TryParse<T> parse, ImportProblem problem, bool required = true)
        where T : struct
    {
        var text = Text(row, column, required);
        if (text is null) return null;
        if (parse(text, out var value)) return value;
        Fail(row, column, problem);
        return null;
    }

    public StudentCode? StudentCode(ImportRow row, string column = "student_code") =>
        Parse<StudentCode>(row, column, Students.StudentCode.TryParse, ImportProblem.InvalidStudentCode);

    /// <summary>A class of the row's school: "6A" in the file is the school's 6A.</summary>
    public ClassName? Class(ImportRow row, string column = "class", bool required = true) =>
        Parse<ClassName>(row, column, ClassName.TryParse, ImportProblem.InvalidClass, required) is { } parsed
            ? parsed.In(School(row) ?? parsed.School)
            : null;

    /// <summary>
    /// The row's school: its <c>school</c> cell, which must be a school of the store and, when the file
    /// is imported for one school, that one; otherwise the file's. A store of one school reads no such column.
    /// </summary>
    public string? School(ImportRow row)
    {
        if (schools is not { Count: > 0 } || row["school"]?.ToUpperInvariant() is not { } cell) return school;
        if (!schools.Contains(cell)) { Fail(row, "school", ImportProblem.UnknownSchool); return school; }
        if (school is not null && cell != school) { Fail(row, "school", ImportProblem.OtherSchool, school); return school; }
        return cell;
    }

    /// <summary>A phone of the school's people: never one of the range kept for the demo school.</summary>
    public PhoneNumber? Phone(ImportRow row, string column, bool required)
    {
        var phone = Parse<PhoneNumber>(row, column, PhoneNumber.TryParse, ImportProblem.InvalidPhone, required);
        if (phone is not { IsReservedForDemo: true }) return phone;
        Fail(row, column, ImportProblem.PhoneReservedForDemo);
        return null;
    }

    public DateOnly? Date(ImportRow row, string column, bool required = true) =>
        Parse<DateOnly>(row, column, static (string t, out DateOnly d) =>
            DateOnly.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out d),
            ImportProblem.InvalidDate, required);

    public Term? Term(ImportRow row, string column = "term") =>
        Parse<Term>(row, column, Terms.TryParse, ImportProblem.InvalidTerm);

    public Level? Level(ImportRow row, string column = "level") =>
        Parse<Level>(row, column, LevelNames.TryParse, ImportProblem.InvalidLevel);

    public Subject? Subject(ImportRow row, string column = "subject", bool required = true)
    {
        var text = Text(row, column, required);
        if (text is null) return null;
        var subject = SubjectCatalog.Find(text);
        if (subject is null) Fail(row, column, ImportProblem.UnknownSubject);
        return subject;
    }
}

internal delegate bool TryParse<T>(string text, out T value);
