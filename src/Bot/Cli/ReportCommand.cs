using System.CommandLine;
using SoLienLac.Files;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Reports.ContactBook;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>report --class C --term 1|year --out PATH [--student CODE]</c>: the printable contact book of a
/// class, one A4 page a student in student-code order (or the one student's page), as a PDF.
/// <c>--class all --out FOLDER</c>: every class's book, a file a class, with one progress bar.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var className = new Option<string>("--class") { Description = "Lớp, ví dụ 6A; all: cả trường, mỗi lớp một tệp", Required = true };
        var term = new Option<string>("--term") { Description = "1 (Học kì I) hoặc year (Cả năm)", Required = true };
        term.AcceptOnlyFromAmong("1", "year");
        var output = new PathOption("--out") { Description = "Tệp PDF sẽ ghi, hoặc một thư mục (kết thúc bằng /)", Required = true };
        var student = new Option<string?>("--student") { Description = "Chỉ in trang của một học sinh, theo mã" };
        var school = SchoolChoice.Option();
        var command = new Command("report", "In sổ liên lạc của lớp ra PDF / the printable contact book") { className, term, output, student, school };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(className), parse.GetRequiredValue(term) == "1" ? Term.I : null,
            parse.GetRequiredValue(output), parse.GetValue(student), parse.GetValue(school), parse, context, cancellationToken));
        return command;
    }

    private const string WholeSchool = "all";

    private static async Task<int> RunAsync(string classText, Term? term, string output, string? studentText, string? schoolText, ParseResult parse, CliContext context,
        CancellationToken cancellationToken)
    {
        var error = context.Terminal.Error;
        if (string.Equals(classText.Trim(), WholeSchool, StringComparison.OrdinalIgnoreCase))
            return await RunSchoolAsync(term, output, studentText, schoolText, parse, context, cancellationToken);
        if (!ClassName.TryParse(classText, out var className))
        {
            error.WriteLine($"--class \"{classText}\" không phải tên lớp (ví dụ 6A).");
            return ExitCodes.BadInput;
        }

        using var host = context.BuildHost(parse);
        var services = host.Services;
        if (await SchoolChoice.ResolveAsync(services, schoolText, context.Terminal, cancellationToken) is not { } school) return ExitCodes.BadInput;
        className = school.Place(className);
        var students = services.GetRequiredService<IStudentDirectory>();
        var roster = await students.InClassAsync(className, cancellationToken);
        if (roster.Count == 0)
        {
            error.WriteLine($"Lớp {className} không có trong danh sách học sinh.");
            return ExitCodes.BadInput;
        }
        Student? only = null;
        if (studentText is not null)
        {
            only = await FindStudentAsync(students, studentText, className, error, cancellationToken);
            if (only is null) return ExitCodes.BadInput;
        }
        var source = services.GetRequiredService<ContactBookSource>();
        var book = only is null ? await source.ForClassAsync(className, term, roster, cancellationToken) : await source.ForStudentAsync(only, term, cancellationToken);

        // --out may name a folder: the file is then named after the class, the term and the student.
        var folder = Directory.Exists(output) || output.EndsWith(Path.DirectorySeparatorChar) || output.EndsWith(Path.AltDirectorySeparatorChar);
        var path = Path.GetFullPath(folder ? Path.Combine(output, SchoolContactBooks.FileName(className, term, only?.Code)) : output);
        try
        {
            var progress = new PageProgress(context.Terminal, $"Lớp {className}", book.Pages.Count);
            PrivateFiles.Write(path, file => ContactBookPdf.Write(file, book, progress));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Không ghi được tệp {path}: {e.Message}");
            return ExitCodes.BadInput;
        }
        context.Terminal.Out.WriteLine($"Sổ liên lạc lớp {className}, {ContactBookLabels.Period(term)}: {book.Pages.Count} trang → {path}");
        await VerbAccess.RecordAsync(services, context, only is null ? roster.Select(s => s.Code) : [only.Code], "report", cancellationToken);
        return ExitCodes.Success;
    }


    /// <summary>Every class into one folder: <c>--out</c> must be a folder (made if missing), not a .pdf file.</summary>
    private static async Task<int> RunSchoolAsync(Term? term, string output, string? studentText, string? schoolText, ParseResult parse, CliContext context,
        CancellationToken cancellationToken)
    {
        var error = context.Terminal.Error;
        if (studentText is not null)
        {
            error.WriteLine("--student chỉ dùng với một lớp (--class 6A), không dùng với --class all.");
            return ExitCodes.BadInput;
        }
        var folder = Path.GetFullPath(output);
        if (File.Exists(folder) || output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"--class all in mỗi lớp một tệp: --out \"{output}\" phải là một thư mục, không phải một tệp.");
            return ExitCodes.BadInput;
        }

        using var host = context.BuildHost(parse);
        var services = host.Services;
        if (await SchoolChoice.ResolveAsync(services, schoolText, context.Terminal, cancellationToken) is not { } school) return ExitCodes.BadInput;
        var books = services.GetRequiredService<SchoolContactBooks>();
        if (!(await services.GetRequiredService<IStudentDirectory>().ClassesAsync(cancellationToken)).Any(school.Holds))
        {
            error.WriteLine("Chưa có học sinh nào: hãy nhập danh sách lớp trước (import roster).");
            return ExitCodes.BadInput;
        }
        IReadOnlyList<PrintedBook> printed;
        try
        {
            printed = await books.PrintAllAsync(folder, term, new SchoolProgressBar(context.Terminal), school.School, cancellationToken);
        }
        catch (Exception e) when (Unwritable(e) is { } cause)
        {
            error.WriteLine($"Không ghi được vào thư mục {folder}: {cause.Message}");
            return ExitCodes.BadInput;
        }
        var said = context.Terminal.Out;
        foreach (var book in printed) said.WriteLine($"Lớp {book.ClassName}: {book.Pages} trang → {book.Path}");
        said.WriteLine($"Sổ liên lạc toàn trường, {ContactBookLabels.Period(term)}: {printed.Count} lớp, {printed.Sum(b => b.Pages)} trang → {folder}");
        return ExitCodes.Success;
    }

    private static Exception? Unwritable(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException many => many.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };

    private static async Task<Student?> FindStudentAsync(IStudentDirectory students, string text, ClassName className, TextWriter error, CancellationToken cancellationToken)
    {
        if (!StudentCode.TryParse(text, out var code))
        {
            error.WriteLine($"--student \"{text}\" không phải mã học sinh (ví dụ HS0001).");
            return null;
        }
        var student = await students.FindAsync(code, cancellationToken);
        if (student is null) error.WriteLine($"Không có học sinh mã {code}.");
        else if (student.ClassName != className) error.WriteLine($"Học sinh {code} ({student.FullName}) học lớp {student.ClassName}, không phải lớp {className}.");
        return student?.ClassName == className ? student : null;
    }
}
