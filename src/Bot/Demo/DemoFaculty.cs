using System.Globalization;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// The demo's staff: GV001 the principal (Hiệu trưởng) and GV002 the academic officer (giáo vụ),
/// both admins; then one homeroom teacher a class, in class order (GV003 has 6A), who also teaches
/// the class its experiential activities and one main subject in the class and its neighbour;
/// then subject teachers, each taking one subject in as many classes as a full week of periods holds.
/// </summary>
internal static class DemoFaculty
{
    private const int FirstHomeroomIndex = 2;
    private const int PeriodsPerTeacherWeek = 18;

    /// <summary>The subjects homeroom teachers teach beside their class's activities, in turn.</summary>
    private static readonly Subject[] MainSubjects =
    [
        SubjectCatalog.Toan, SubjectCatalog.NguVan, SubjectCatalog.TiengAnh,
        SubjectCatalog.KhoaHocTuNhien, SubjectCatalog.LichSuDiaLi,
    ];

    public static string Code(int teacherIndex) => "GV" + (teacherIndex + 1).ToString("D3", CultureInfo.InvariantCulture);

    public static string HomeroomCode(DemoClass demoClass)
    {
        ArgumentNullException.ThrowIfNull(demoClass);
        return Code(FirstHomeroomIndex + demoClass.Index);
    }

    public static List<Teacher> Build(DemoLayout layout, int seed, DemoPhones phones)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(phones);
        var teachers = new List<Teacher>();
        void Add(params Assignment[] assignments)
        {
            var index = teachers.Count;
            var random = DemoRandom.For(seed, DemoRandom.TeacherStream, index);
            var name = DemoNameMaker.FullName(random, male: random.Chance(0.3));
            teachers.Add(Teacher.Create(Code(index), name, phones.Teacher(index), assignments));
        }

        Add(Assignment.Admin());
        Add(Assignment.Admin());
        var classes = layout.Classes;
        foreach (var c in classes)
        {
            var main = MainSubject(c);
            var assignments = new List<Assignment>
            {
                Assignment.Homeroom(c.Name),
                Assignment.Teaching(SubjectCatalog.TraiNghiem, c.Name),
                Assignment.Teaching(main, c.Name),
            };
            if (Partner(layout, c) is { } partner) assignments.Add(Assignment.Teaching(main, partner.Name));
            Add([.. assignments]);
        }

        foreach (var subject in SubjectCatalog.Secondary.Where(s => s != SubjectCatalog.TraiNghiem))
        {
            var open = classes.Where(c => !TaughtByHomeroomTeachers(layout, c, subject)).ToList();
            var perTeacher = Math.Max(1, PeriodsPerTeacherWeek / Math.Max(1, subject.PeriodsPerYear(DemoLayout.FirstGrade) / 35));
            foreach (var group in open.Chunk(perTeacher))
                Add([.. group.Select(c => Assignment.Teaching(subject, c.Name))]);
        }
        return teachers;
    }

    private static Subject MainSubject(DemoClass c) => MainSubjects[c.Index % MainSubjects.Length];

    /// <summary>Classes pair up within a grade (6A with 6B, 6C with 6D, …); the last of an odd grade has none.</summary>
    private static DemoClass? Partner(DemoLayout layout, DemoClass c)
    {
        var inGrade = c.IndexInGrade % 2 == 0 ? c.IndexInGrade + 1 : c.IndexInGrade - 1;
        return inGrade < layout.ClassesPerGrade ? layout.Classes[c.Index - c.IndexInGrade + inGrade] : null;
    }

    private static bool TaughtByHomeroomTeachers(DemoLayout layout, DemoClass c, Subject subject) =>
        MainSubject(c) == subject || (Partner(layout, c) is { } partner && MainSubject(partner) == subject);
}
