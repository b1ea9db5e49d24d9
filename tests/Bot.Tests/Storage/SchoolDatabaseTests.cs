using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Tests.Storage;

public sealed class SchoolDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string DbPath => _dir.File("school.db");

    public void Dispose() => _dir.Dispose();

    private static Student Student(int n) =>
        Domain.Students.Student.Enrol(StudentCode.Parse($"HS{n:D5}"), $"Học sinh {n}", new DateOnly(2015, 1, 1), ClassName.Parse("6A"));

    [Fact]
    public async Task WritersOnManyThreadsAtOnce_LoseNothing_AndTheFileReopensWhole()
    {
        const int threads = 8, perThread = 50;
        using (var db = SchoolDatabase.Open(DbPath))
        {
            var records = new LiteDbSchoolRecords(db);
            // Each thread writes students, marks, absences, conduct, remarks and audit: every
            // collection at once, which is what damages a LiteDB 5 file without one writer lock.
            await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
            {
                for (var i = 0; i < perThread; i++)
                {
                    var n = (t * perThread) + i;
                    var student = Student(n);
                    var changes = new ChangeSet();
                    changes.Students.Add(student);
                    changes.Assessments.Add(Assessment.Create(student.Code, SubjectCatalog.Toan, Term.I, Column.Regular(1), Mark.Of(Score.Of(8.5m))));
                    changes.Absences.Add(new Absence(student.Code, new DateOnly(2026, 10, 1).AddDays(i % 20), DaySession.Morning, Excused: true));
                    changes.Conduct.Add(new ConductRecord(student.Code, Term.I, Level.Tot));
                    changes.Remarks.Add(Remark.Write(student.Code, Term.I, new DateOnly(2026, 10, 2), "GV001", "Chăm chỉ."));
                    changes.Audit.Add(AuditEntry.Record(new Actor("test", "cli", null), DateTimeOffset.UnixEpoch, student.Code.Value, "x", null, "y"));
                    records.Save(changes);
                }
            })));
        }

        using var reopened = SchoolDatabase.Open(DbPath);
        var students = new LiteDbStudentDirectory(reopened);
        var grades = new LiteDbGradeBook(reopened);
        var attendance = new LiteDbAttendanceBook(reopened);
        var conduct = new LiteDbConductBook(reopened);
        Assert.Equal(threads * perThread, students.CountStudents());
        for (var n = 0; n < threads * perThread; n++)
        {
            var code = StudentCode.Parse($"HS{n:D5}");
            Assert.Single(grades.MarksOf(code));
            Assert.Single(attendance.AbsencesOf(code));
            Assert.Single(conduct.LevelsOf(code));
            Assert.Single(conduct.RemarksOf(code));
        }
        Assert.Equal(threads * perThread, new LiteDbAuditLog(reopened).Latest(100_000).Count);
    }

    [Fact]
    public void FailingChangeSet_WritesNothingOfIt()
    {
        using var db = SchoolDatabase.Open(DbPath);
        var records = new LiteDbSchoolRecords(db);

        Assert.ThrowsAny<Exception>(() => db.Write(() =>
        {
            db.Collection("students").Insert(new LiteDB.BsonDocument { ["_id"] = "HS1" });
            throw new InvalidOperationException("the disk is full, say");
        }));

        Assert.Equal(0, new LiteDbStudentDirectory(db).CountStudents());
    }

    [Fact]
    public void FileFromANewerRelease_IsRefused_NotMisread()
    {
        using (var db = SchoolDatabase.Open(DbPath)) db.UserVersion = 99;

        var refused = Assert.Throws<InvalidOperationException>(() => SchoolDatabase.Open(DbPath));

        Assert.Contains("newer SoLienLac", refused.Message);
    }

    [Fact]
    public void NewFile_IsStampedWithTheCurrentSchema()
    {
        using var db = SchoolDatabase.Open(DbPath);

        Assert.Equal(1, db.UserVersion);
    }

    [Fact]
    public void SecondOpenOfTheSameFile_FailsAtOnce()
    {
        using var first = SchoolDatabase.Open(DbPath);

        var busy = Assert.Throws<DatabaseBusyException>(() => SchoolDatabase.Open(DbPath));

        Assert.Equal(Path.GetFullPath(DbPath), busy.DatabasePath);
    }
}
