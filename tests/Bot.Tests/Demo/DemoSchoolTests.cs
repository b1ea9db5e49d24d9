using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Tests.Demo;

public sealed class DemoSchoolTests
{
    private static readonly SchoolYear Year = SchoolYear.Starting(2026);

    private static readonly string[] DefaultClasses = ["6A", "6B", "7A", "7B", "8A", "8B", "9A", "9B"];

    private static readonly Lazy<ChangeSet> Default = new(() => DemoSchool.Build(new DemoOptions()));

    [Fact]
    public void Build_SameOptions_GivesTheSameSchool()
    {
        var other = DemoSchool.Build(new DemoOptions());

        Assert.Equal(Fingerprint(Default.Value), Fingerprint(other));
    }

    [Fact]
    public void Build_AnotherSeed_GivesOtherNamesAndPhones()
    {
        var other = DemoSchool.Build(new DemoOptions { Seed = 7 });

        Assert.NotEqual(Default.Value.Students.Select(s => s.FullName), other.Students.Select(s => s.FullName));
        Assert.NotEqual(Default.Value.Teachers.Select(t => t.Phone), other.Teachers.Select(t => t.Phone));
    }

    [Fact]
    public void BuildInBatches_GivesTheSameSchoolAsOneBuild()
    {
        var batches = DemoSchool.BuildInBatches(new DemoOptions(), 50).ToList();
        var joined = new ChangeSet();
        foreach (var batch in batches)
        {
            Assert.InRange(batch.Students.Count, 1, 50);
            joined.Students.AddRange(batch.Students);
            joined.Teachers.AddRange(batch.Teachers);
            joined.Assessments.AddRange(batch.Assessments);
            joined.Absences.AddRange(batch.Absences);
            joined.Conduct.AddRange(batch.Conduct);
            joined.Remarks.AddRange(batch.Remarks);
            foreach (var (code, guardians) in batch.Guardians) joined.Guardians[code] = guardians;
        }

        Assert.Equal(6, batches.Count);
        Assert.Equal(Fingerprint(Default.Value), Fingerprint(joined));
    }

    [Fact]
    public void Build_ByDefault_HasEightClassesOfThirtyFive()
    {
        var classes = Default.Value.Students.GroupBy(s => s.ClassName.Value).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(DefaultClasses, classes.Keys.Order());
        Assert.All(classes.Values, count => Assert.Equal(35, count));
        Assert.Equal(DemoOptions.DefaultClassesPerGrade * 4 * 35, DemoSchool.CountStudents(new DemoOptions()));
    }

    [Fact]
    public void Students_AreNumberedInClassOrder_AndBornForTheirGrade()
    {
        var students = Default.Value.Students;

        Assert.Equal(students.Select((_, i) => $"HS{i + 1:D4}"), students.Select(s => s.Code.Value));
        Assert.Equal("6A", students.Single(s => s.Code.Value == "HS0035").ClassName.Value);
        Assert.Equal("6B", students.Single(s => s.Code.Value == "HS0036").ClassName.Value);
        Assert.All(students, s => Assert.Equal(2026 - s.ClassName.Grade - 5, s.DateOfBirth.Year));
    }

    [Fact]
    public void Names_AreVietnamese_WithTheirDiacritics()
    {
        var names = Default.Value.Students.Select(s => s.FullName).ToList();

        Assert.All(names, n => Assert.InRange(n.Split(' ').Length, 3, 4));
        Assert.True(names.Count(n => n.Any(c => !char.IsAscii(c))) > names.Count * 0.9);
        Assert.Contains(names, n => n.StartsWith("Nguyễn ", StringComparison.Ordinal));
        Assert.Equal(DemoSchool.FirstStudentName, names[0]);
    }

    [Fact]
    public void Fathers_ShareTheChildsFamilyName()
    {
        var changes = Default.Value;
        foreach (var student in changes.Students)
        {
            var father = changes.Guardians[student.Code].SingleOrDefault(g => g.Relation == "Bố");
            if (father is not null) Assert.Equal(student.FullName.Split(' ')[0], father.FullName.Split(' ')[0]);
        }
    }

    [Fact]
    public void Phones_AreUniqueAcrossGuardiansAndTeachers_AndNoneCanBeARealPersons()
    {
        var changes = Default.Value;
        var phones = changes.Guardians.Values.SelectMany(g => g).Select(g => g.Phone)
            .Concat(changes.Teachers.Select(t => t.Phone))
            .OfType<PhoneNumber>().Select(p => p.National).ToList();

        Assert.Equal(phones.Count, phones.Distinct().Count());
        // Ten digits beginning 01: no Vietnamese subscriber range, so no chat app can vouch for one.
        Assert.All(phones, p => Assert.Matches("^01[0-9]{8}$", p));
        Assert.All(phones, p => Assert.True(PhoneNumber.Parse(p).IsReservedForDemo));
    }

    [Fact]
    public void Guardians_MostlyTwo_SomeWithNoPhoneAtAll()
    {
        var families = Default.Value.Guardians.Values.ToList();

        Assert.Equal(280, families.Count);
        Assert.True(families.Count(g => g.Count == 2) > families.Count * 0.7);
        Assert.Contains(families, g => g.Count == 1);
        Assert.Contains(families, g => g.All(x => x.Phone is null));
    }

    [Fact]
    public void DocumentedFacts_HoldForTheDefaultSchool()
    {
        var changes = Default.Value;
        var first = changes.Students[0];
        var parents = changes.Guardians[first.Code];
        Teacher TeacherWith(string phone) => changes.Teachers.Single(t => t.Phone?.National == phone);

        Assert.Equal((DemoSchool.FirstStudentCode, DemoSchool.FirstClass), (first.Code.Value, first.ClassName.Value));
        Assert.Equal(("Bố", DemoSchool.FirstParentPhone), (parents[0].Relation, parents[0].Phone?.National));
        Assert.Equal(("Mẹ", DemoSchool.SecondParentPhone), (parents[1].Relation, parents[1].Phone?.National));
        Assert.True(TeacherWith(DemoSchool.PrincipalPhone).IsAdmin);
        Assert.Equal(DemoSchool.PrincipalCode, TeacherWith(DemoSchool.PrincipalPhone).Code);
        var homeroom = TeacherWith(DemoSchool.HomeroomTeacherPhone);
        Assert.Equal(DemoSchool.HomeroomTeacherCode, homeroom.Code);
        Assert.Contains(Assignment.Homeroom(ClassName.Parse("6A")), homeroom.Assignments);
        Assert.Contains(Assignment.Teaching(SubjectCatalog.Toan, ClassName.Parse("6A")), homeroom.Assignments);
        var subject = TeacherWith(DemoSchool.SubjectTeacherPhone);
        Assert.Equal(DemoSchool.SubjectTeacherCode, subject.Code);
        Assert.Contains(Assignment.Teaching(SubjectCatalog.TiengAnh, ClassName.Parse("6A")), subject.Assignments);
        Assert.DoesNotContain(subject.Assignments, a => a.Role != TeacherRole.Subject);
    }

    [Fact]
    public void Teachers_CoverEverySubjectInEveryClass_AndEachClassHasOneHomeroomTeacher()
    {
        var teachers = Default.Value.Teachers;
        var classes = DemoSchool.Classes(new DemoOptions());

        Assert.Equal(2, teachers.Count(t => t.IsAdmin));
        Assert.Equal(teachers.Count, teachers.Select(t => t.Code).Distinct().Count());
        foreach (var className in classes)
        {
            Assert.Single(teachers, t => t.Assignments.Contains(Assignment.Homeroom(className)));
            foreach (var subject in SubjectCatalog.Secondary)
                Assert.Single(teachers, t => t.Assignments.Contains(Assignment.Teaching(subject, className)));
        }
        Assert.All(teachers.Where(t => t.Assignments.Any(a => a.Role == TeacherRole.Homeroom)),
            t => Assert.Contains(t.Assignments, a => a.Role == TeacherRole.Subject));
        Assert.Contains(teachers, t => t.Assignments.Count(a => a.Role == TeacherRole.Subject) >= 4);
    }

    [Fact]
    public void TermOne_IsCompleteForEveryStudentStillStudying()
    {
        var changes = Default.Value;
        var marks = changes.Assessments.ToLookup(a => a.Student);
        foreach (var student in changes.Students.Where(s => s.IsStudying))
        {
            var own = marks[student.Code].ToList();
            foreach (var subject in SubjectCatalog.Secondary)
            {
                var columns = own.Where(a => a.Subject == subject && a.Term == Term.I).Select(a => a.Column).ToList();
                Assert.Equal(subject.RegularAssessments(student.ClassName.Grade) + 2, columns.Count);
                Assert.Contains(Column.MidTerm, columns);
                Assert.Contains(Column.EndOfTerm, columns);
            }
        }
        Assert.DoesNotContain(changes.Assessments, a => a.Term == Term.II);
    }

    [Fact]
    public void TermOneResults_AreKnownForMost_AndSpreadOverTheLevels()
    {
        var results = TermOneResults(Default.Value);
        var learning = results.Select(r => r.Learning).ToList();

        Assert.True(learning.Count(l => l is not null) >= results.Count * 0.95);
        Assert.True(learning.OfType<Level>().Distinct().Count() >= 3);
        Assert.True(learning.Count(l => l == Level.Kha) > learning.Count(l => l == Level.ChuaDat));
        Assert.All(results, r => Assert.True(r.Student.IsStudying == (r.Conduct is not null)));
        Assert.True(results.Count(r => r.Conduct is Level.Tot or Level.Kha) > results.Count * 0.75);
    }

    [Fact]
    public void Absences_FallOnSchoolDaysOfTermOne_WithSomeThisWeekAndSomeNearTheLimit()
    {
        var changes = Default.Value;
        var today = new DateOnly(2026, 11, 23);

        Assert.All(changes.Absences, a =>
        {
            Assert.True(Year.IsIn(a.Date, Term.I) && a.Date <= today && a.Date.DayOfWeek != DayOfWeek.Sunday);
        });
        Assert.Equal(changes.Absences.Count, changes.Absences.Select(a => a.Key).Distinct().Count());
        Assert.Contains(changes.Absences, a => SchoolWeek.Of(today).Contains(a.Date));
        var perStudent = changes.Absences.GroupBy(a => a.Student).Select(g => g.Count()).ToList();
        Assert.InRange(perStudent.Count(n => n is >= 36 and <= Promotion.MaxSessionsAbsent), 1, 4);
        Assert.Contains(changes.Absences, a => a.Excused);
        Assert.Contains(changes.Absences, a => !a.Excused);
    }

    [Fact]
    public void StudentsWhoLeft_AreKept_WithTheDateTheyLeft()
    {
        var left = Default.Value.Students.Where(s => !s.IsStudying).ToList();

        Assert.Contains(left, s => s.Status == StudentStatus.Transferred);
        Assert.Contains(left, s => s.Status == StudentStatus.Dropped);
        Assert.All(left, s => Assert.True(s.LeftOn is { } on && Year.IsIn(on, Term.I)));
        Assert.All(Default.Value.Absences.Where(a => left.Any(s => s.Code == a.Student)),
            a => Assert.True(a.Date < left.Single(s => s.Code == a.Student).LeftOn));
    }

    [Fact]
    public void Remarks_AreWrittenByTheHomeroomTeacher()
    {
        var changes = Default.Value;
        var homeroom = changes.Teachers
            .SelectMany(t => t.Assignments.Where(a => a.Role == TeacherRole.Homeroom).Select(a => (a.ClassName, t.Code)))
            .ToDictionary(p => p.ClassName!.Value, p => p.Code);

        Assert.Contains(changes.Remarks, r => r.Student.Value == DemoSchool.FirstStudentCode);
        Assert.All(changes.Remarks, r =>
            Assert.Equal(homeroom[changes.Students.Single(s => s.Code == r.Student).ClassName], r.TeacherCode));
    }

    [Theory]
    [InlineData("2026-12-04")] // a Friday
    [InlineData("2026-12-05")] // a Saturday
    [InlineData("2026-11-23")]
    [InlineData("2027-03-01")]
    public void NothingIsSeededAfterToday(string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var changes = DemoSchool.Build(new DemoOptions { Today = today });

        Assert.All(changes.Absences, a => Assert.True(a.Date <= today, $"absence of {a.Student} on {a.Date}"));
        Assert.All(changes.Remarks, r => Assert.True(r.Date <= today, $"remark of {r.Student} on {r.Date}"));
    }

    [Fact]
    public void ADemoMadeBeforeSchoolBegins_HasNoAbsenceToday_AndOneMadeMidMorning_NoneThisAfternoon()
    {
        var friday = new DateOnly(2026, 12, 4);

        var atThree = DemoSchool.Build(new DemoOptions { Today = friday, Now = new TimeOnly(3, 21) });
        var atTen = DemoSchool.Build(new DemoOptions { Today = friday, Now = new TimeOnly(10, 0) });

        Assert.DoesNotContain(atThree.Absences, a => a.Date == friday);
        Assert.Contains(atTen.Absences, a => a.Date == friday && a.Student.Value == DemoSchool.FirstStudentCode && a.Session == DaySession.Morning);
        Assert.DoesNotContain(atTen.Absences, a => a.Date == friday && a.Session == DaySession.Afternoon);
    }

    [Fact]
    public void ATodayInTermTwo_GivesTheTermTwoMarksSoFar()
    {
        var changes = DemoSchool.Build(new DemoOptions { Today = new DateOnly(2027, 3, 1) });

        var termTwo = changes.Assessments.Where(a => a.Term == Term.II).ToList();
        Assert.NotEmpty(termTwo);
        Assert.DoesNotContain(termTwo, a => a.Column == Column.EndOfTerm);
        Assert.Contains(changes.Absences, a => a.Date > new DateOnly(2027, 2, 15));
    }

    [Fact]
    public void ManyStudents_MakeMoreClasses_AndComeInBatches()
    {
        var options = new DemoOptions { Students = 100_000 };
        var students = 0;
        var batches = 0;
        var classes = new HashSet<string>();
        var phones = new HashSet<string>();
        foreach (var batch in DemoSchool.BuildInBatches(options, 5_000))
        {
            batches++;
            students += batch.Students.Count;
            classes.UnionWith(batch.Students.Select(s => s.ClassName.Value));
            phones.UnionWith(batch.Guardians.Values.SelectMany(g => g).Select(g => g.Phone?.National).OfType<string>());
        }

        Assert.Equal(100_000, students);
        Assert.Equal(20, batches);
        Assert.Equal(DemoSchool.Classes(options).Count, classes.Count);
        Assert.Contains("6Z", classes);
        Assert.Contains("6AA", classes);
        Assert.True(phones.Count > 100_000);
    }

    private static List<StudentResults> TermOneResults(ChangeSet changes)
    {
        var marks = changes.Assessments.ToLookup(a => a.Student);
        var conduct = changes.Conduct.ToLookup(c => c.Student);
        var absences = changes.Absences.ToLookup(a => a.Student);
        return changes.Students
            .Select(s => StudentResults.Compute(s, Year, Term.I, [.. marks[s.Code]], [.. conduct[s.Code]], [.. absences[s.Code]]))
            .ToList();
    }

    /// <summary>Everything a store would write, as text, so two builds can be compared whole.</summary>
    private static List<string> Fingerprint(ChangeSet changes) =>
    [
        .. changes.Students.Select(s => s.ToString()),
        .. changes.Guardians.OrderBy(p => p.Key.Value, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(g => $"{g.Student}|{g.Relation}|{g.FullName}|{g.Phone}")),
        .. changes.Teachers.Select(t => $"{t.Code}|{t.FullName}|{t.Phone}|{string.Join(",", t.Assignments)}"),
        .. changes.Assessments.Select(a => $"{a.Key}={a.Mark}"),
        .. changes.Absences.Select(a => $"{a.Key}={a.Mark}"),
        .. changes.Conduct.Select(c => c.ToString()),
        .. changes.Remarks.Select(r => r.ToString()),
    ];
}
