using SkiaSharp;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>The top of a page: school and national heading, the title, and who the page is about.</summary>
internal static class HeadingBlock
{
    private const float SchoolColumn = 230f;
    private const float CountryColumn = 270f;
    private const float InfoSize = 10.5f;
    private const float InfoLine = 17f;

    /// <summary>Draws the block and returns the y where the next one may start.</summary>
    public static float Draw(PageCanvas page, ContactBookHeading heading, Student student)
    {
        var text = page.Text;
        var schoolX = PageCanvas.Left + (SchoolColumn / 2);
        var school = text.Wrap(heading.SchoolName.ToUpperInvariant(), SchoolColumn, 10f, bold: true);
        var schoolY = school.Count == 1 ? 52f : 44f;
        if (heading.Authority is { } authority)
        {
            // The school's authority above its name, as an official paper's heading has it; the name moves down a line.
            var above = authority.ToUpperInvariant();
            page.Write(above, schoolX, schoolY - 4, text.Fit(above, SchoolColumn, 9.5f, bold: false), bold: false, SKTextAlign.Center);
            schoolY += 8;
        }
        foreach (var line in school.Take(2))
        {
            page.Write(line, schoolX, schoolY, text.Fit(line, SchoolColumn, 10f, bold: true), bold: true, SKTextAlign.Center);
            schoolY += 12;
        }
        page.Line(schoolX - 30, schoolY - 6, schoolX + 30, schoolY - 6);

        var countryX = PageCanvas.Right - (CountryColumn / 2);
        page.Write(ContactBookLabels.Country, countryX, 52, text.Fit(ContactBookLabels.Country, CountryColumn, 9.5f, bold: true), bold: true, SKTextAlign.Center);
        page.Write(ContactBookLabels.Motto, countryX, 66, 10f, bold: true, SKTextAlign.Center);
        var motto = text.Measure(ContactBookLabels.Motto, 10f, bold: true);
        page.Line(countryX - (motto / 2), 70, countryX + (motto / 2), 70);

        const float middle = PageCanvas.Left + (PageCanvas.ContentWidth / 2);
        page.Write(ContactBookLabels.Title, middle, 110, 22f, bold: true, SKTextAlign.Center);
        page.Write(ContactBookLabels.Subtitle(heading), middle, 128, 11.5f, bold: true, SKTextAlign.Center);

        const float second = PageCanvas.Left + 330;
        var y = 156f;
        page.Field(ContactBookLabels.FullName, student.FullName, PageCanvas.Left, y, InfoSize + 1, second - PageCanvas.Left - 12);
        page.Field(ContactBookLabels.StudentCode, student.Code.Value, second, y, InfoSize);
        y += InfoLine;
        page.Field(ContactBookLabels.DateOfBirth, VietnameseFormat.Date(student.DateOfBirth), PageCanvas.Left, y, InfoSize);
        page.Field(ContactBookLabels.Class, student.ClassName.Value, second, y, InfoSize);
        y += InfoLine;
        page.Field(ContactBookLabels.Homeroom, heading.HomeroomTeacher ?? SubjectRows.NotYet, PageCanvas.Left, y, InfoSize, PageCanvas.ContentWidth);

        if (ContactBookLabels.Left(student) is { } left)
        {
            y += 10;
            var width = text.Measure(left, 11f, bold: true) + 16;
            page.Box(new SKRect(PageCanvas.Left, y, PageCanvas.Left + width, y + 19), 1f, PageCanvas.Warning);
            page.Write(left, PageCanvas.Left + 8, y + 13.5f, 11f, bold: true, color: PageCanvas.Warning);
            y += 19;
        }
        return y + 14;
    }
}
