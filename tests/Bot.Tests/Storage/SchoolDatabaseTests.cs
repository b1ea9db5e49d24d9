using SoLienLac.Storage.LiteDb;
using SoLienLac.Domain.Operations;
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

        Assert.Equal(Schema.Current, db.UserVersion);
    }

    [Fact]
    public void Schema1File_KeepsEveryMark_WhenItsGradebookIsPackedOnOpening()
    {
        using (var db = SchoolDatabase.Open(DbPath))
        {
            // What schema 1 wrote: the marks as an array of sub-documents.
            db.Write(() => db.Collection(Collections.Grades).Upsert(new LiteDB.BsonDocument
            {
                ["_id"] = "HS00001",
                ["marks"] = new LiteDB.BsonArray(
                    new LiteDB.BsonDocument { ["s"] = "Toán", ["t"] = 1, ["c"] = "TX1", ["v"] = "8.5", ["at"] = new DateTime(2026, 10, 5, 2, 30, 0, DateTimeKind.Utc) },
                    new LiteDB.BsonDocument { ["s"] = "Giáo dục thể chất", ["t"] = 2, ["c"] = "CK", ["v"] = "CĐ", ["at"] = LiteDB.BsonValue.Null }),
            }));
            db.UserVersion = 1;
        }

        using var reopened = SchoolDatabase.Open(DbPath);

        Assert.Equal(Schema.Current, reopened.UserVersion);
        var stored = reopened.Collection(Collections.Grades).FindById("HS00001");
        Assert.False(stored.ContainsKey("marks"));
        var marks = new LiteDbGradeBook(reopened).MarksOf(StudentCode.Parse("HS00001"));
        Assert.Equal(2, marks.Count);
        Assert.Equal((SubjectCatalog.Toan, Term.I, Column.Regular(1), Mark.Of(Score.Of(8.5m))), (marks[0].Subject, marks[0].Term, marks[0].Column, marks[0].Mark));
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 2, 30, 0, TimeSpan.Zero), marks[0].RecordedAt);
        Assert.Equal((SubjectCatalog.TheDuc, Term.II, Column.EndOfTerm, Mark.ChuaDat, (DateTimeOffset?)null), (marks[1].Subject, marks[1].Term, marks[1].Column, marks[1].Mark, marks[1].RecordedAt));
        Assert.Single(new LiteDbGradeBook(reopened).MarksOf(StudentCode.Parse("HS00001"), Term.II));
    }

    [Fact]
    public void Schema1File_OfThousandsOfStudents_IsConvertedWhole()
    {
        const int count = 2_345; // more than two of the conversion's transactions
        using (var db = SchoolDatabase.Open(DbPath))
        {
            db.Write(() => db.Collection(Collections.Grades).Insert(Enumerable.Range(1, count).Select(n => new LiteDB.BsonDocument
            {
                ["_id"] = $"HS{n:D5}",
                ["marks"] = new LiteDB.BsonArray(new LiteDB.BsonDocument { ["s"] = "Toán", ["t"] = 1, ["c"] = "GK", ["v"] = $"{n % 11}", ["at"] = LiteDB.BsonValue.Null }),
            })));
            db.UserVersion = 1;
        }

        using var reopened = SchoolDatabase.Open(DbPath);

        var grades = new LiteDbGradeBook(reopened);
        Assert.DoesNotContain(reopened.Collection(Collections.Grades).FindAll(), d => d.ContainsKey("marks"));
        Assert.All(new[] { 1, 1_000, 1_001, 2_000, 2_001, count }, n =>
            Assert.Equal(Mark.Of(Score.Of(n % 11)), Assert.Single(grades.MarksOf(StudentCode.Parse($"HS{n:D5}"))).Mark));
    }

    [Fact]
    public void SecondOpenOfTheSameFile_FailsAtOnce()
    {
        using var first = SchoolDatabase.Open(DbPath);

        var busy = Assert.Throws<StoreBusyException>(() => SchoolDatabase.Open(DbPath));

        Assert.Equal(Path.GetFullPath(DbPath), busy.DatabasePath);
    }
}
