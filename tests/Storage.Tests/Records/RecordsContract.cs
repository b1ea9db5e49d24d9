using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;
using SoLienLac.Storage.Tests.Support;
using static SoLienLac.Storage.Tests.Records.Records;

namespace SoLienLac.Storage.Tests.Records;

/// <summary>The school's records: the roster, the teachers, the books and the audit, saved through <see cref="ISchoolRecords"/>.</summary>
public abstract class RecordsContract(IStoreBackend backend) : StoreContract(backend)
{
    private Task SaveAsync(Action<ChangeSet> fill) => Port<ISchoolRecords>().SaveAsync(Changes(fill), default);

    [Fact]
    public async Task Students_AreFound_ListedByClassInCodeOrder_LeaversIncluded()
    {
        var left = Student("HS0002").Leave(StudentStatus.Transferred, new DateOnly(2026, 11, 2));
        await SaveAsync(c => c.Students.AddRange([Student("HS0010"), left, Student("HS0001"), Student("HS0005", "10A1"), Student("HS0007", "6B")]));
        var directory = Port<IStudentDirectory>();

        Assert.Equal(left, await directory.FindAsync(Code("HS0002"), default));
        Assert.Null(await directory.FindAsync(Code("HS9999"), default));
        Assert.Equal(["HS0001", "HS0002", "HS0010"], (await directory.InClassAsync(ClassName.Parse("6A"), default)).Select(s => s.Code.Value));
        Assert.Equal(["6A", "6B", "10A1"], (await directory.ClassesAsync(default)).Select(c => c.Value));
        Assert.Equal(5, await directory.CountStudentsAsync(default));

        var moved = Student("HS0010").MoveTo(ClassName.Parse("6B"));
        await SaveAsync(c => c.Students.Add(moved));
        Assert.Equal(moved, await directory.FindAsync(Code("HS0010"), default));
        Assert.Equal(["HS0007", "HS0010"], (await directory.InClassAsync(ClassName.Parse("6B"), default)).Select(s => s.Code.Value));
        Assert.Equal(5, await directory.CountStudentsAsync(default));
    }

    [Fact]
    public async Task Guardians_AreReplacedWhole_InTheSchoolsOrder_AndFoundByPhoneInAnyForm()
    {
        await SaveAsync(c =>
        {
            c.Guardians[Code("HS0001")] = [Guardian("HS0001", "Trần Thị Mai", "0912345678"), Guardian("HS0001", "Nguyễn Văn Nam", "0987654321", "Bố")];
            c.Guardians[Code("HS0002")] = [Guardian("HS0002", "Trần Thị Mai", "+84 912 345 678"), Guardian("HS0002", "Lê Thị Hoa", null, "Bà")];
        });
        var directory = Port<IStudentDirectory>();
        Assert.Equal(["Trần Thị Mai", "Nguyễn Văn Nam"], (await directory.GuardiansOfAsync(Code("HS0001"), default)).Select(g => g.FullName));
        // The port promises no order among students: LiteDB gives its index's.
        Assert.Equal(["HS0001", "HS0002"], (await directory.GuardiansWithPhoneAsync(PhoneNumber.Parse("0912.345.678"), default)).Select(g => g.Student.Value).Order());

        await SaveAsync(c => c.Guardians[Code("HS0001")] = [Guardian("HS0001", "Nguyễn Văn Nam", "0987654321", "Bố")]);

        Assert.Equal([Guardian("HS0001", "Nguyễn Văn Nam", "0987654321", "Bố")], await directory.GuardiansOfAsync(Code("HS0001"), default));
        Assert.Equal([Guardian("HS0002", "Trần Thị Mai", "0912345678"), Guardian("HS0002", "Lê Thị Hoa", null, "Bà")],
            await directory.GuardiansOfAsync(Code("HS0002"), default));
        Assert.Equal(["HS0002"], (await directory.GuardiansWithPhoneAsync(PhoneNumber.Parse("0912345678"), default)).Select(g => g.Student.Value));

        await SaveAsync(c => c.Guardians[Code("HS0002")] = []);
        Assert.Empty(await directory.GuardiansOfAsync(Code("HS0002"), default));
        Assert.Empty(await directory.GuardiansWithPhoneAsync(PhoneNumber.Parse("0912345678"), default));
    }

    [Fact]
    public async Task Teachers_AreSavedOver_WithTheirAssignments_AndFoundByPhoneOnlyWhileWorking()
    {
        var math = Teacher.Create("gv02", "Phạm Văn Toàn", PhoneNumber.Parse("0903111222"),
            [Assignment.Homeroom(ClassName.Parse("6A")), Assignment.Teaching(SubjectCatalog.Toan, ClassName.Parse("6A")), Assignment.Teaching(SubjectCatalog.Toan, ClassName.Parse("6B"))]);
        var admin = Teacher.Create("GV01", "Đỗ Thị Hiệu", PhoneNumber.Parse("0903000111"), [Assignment.Admin()]);
        var art = Teacher.Create("GV03", "Vũ Thị Hà", null, []);
        await SaveAsync(c => c.Teachers.AddRange([math, admin, art]));
        var directory = Port<ITeacherDirectory>();

        Assert.True(math.SameAs((await directory.FindAsync(" gv02 ", default))!));
        Assert.Equal(math.Assignments, (await directory.FindAsync("GV02", default))!.Assignments);
        Assert.True(art.SameAs((await directory.FindAsync("GV03", default))!));
        Assert.Null(await directory.FindAsync("GV99", default));
        Assert.Equal("GV01", (await directory.FindByPhoneAsync(PhoneNumber.Parse("84903000111"), default))!.Code);
        Assert.Equal(["GV01", "GV02", "GV03"], (await directory.AllAsync(default)).Select(t => t.Code));

        var moved = Teacher.Create("GV02", "Phạm Văn Toàn", PhoneNumber.Parse("0903111222"), [Assignment.Teaching(SubjectCatalog.TinHoc, ClassName.Parse("7A"))]);
        var gone = Teacher.Create("GV01", "Đỗ Thị Hiệu", PhoneNumber.Parse("0903000111"), [Assignment.Admin()], hasLeft: true);
        await SaveAsync(c => c.Teachers.AddRange([moved, gone]));

        Assert.Equal(moved.Assignments, (await directory.FindAsync("GV02", default))!.Assignments);
        Assert.True((await directory.FindAsync("GV01", default))!.HasLeft);
        Assert.Empty((await directory.FindAsync("GV01", default))!.Assignments);
        Assert.Null(await directory.FindByPhoneAsync(PhoneNumber.Parse("0903000111"), default));
        Assert.Equal("GV02", (await directory.FindByPhoneAsync(PhoneNumber.Parse("0903111222"), default))!.Code);
    }

    [Fact]
    public async Task Marks_AreReplacedPerCell_KeepTheirOrder_AndAreReadByTermAndForAClass()
    {
        var tx1 = Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8.5m) with { RecordedAt = T0 };
        var gk = Score("HS0001", SubjectCatalog.Toan, Term.I, "gk", 7m);
        var pe = Assessment.Create(Code("HS0001"), SubjectCatalog.TheDuc, Term.I, Column.Regular(1), Mark.Dat);
        var termTwo = Score("HS0001", SubjectCatalog.NguVan, Term.II, "ck", 10m);
        var other = Score("HS0002", SubjectCatalog.Toan, Term.I, "tx1", 0m);
        await SaveAsync(c => c.Assessments.AddRange([tx1, gk, pe, termTwo, other]));
        var book = Port<IGradeBook>();
        Assert.Equal([tx1, gk, pe, termTwo], await book.MarksOfAsync(Code("HS0001"), default));

        var fixedTx1 = Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 9.5m) with { RecordedAt = T0.AddMinutes(3) };
        var failedPe = Assessment.Create(Code("HS0001"), SubjectCatalog.TheDuc, Term.I, Column.Regular(1), Mark.ChuaDat);
        var tx2 = Score("HS0001", SubjectCatalog.Toan, Term.I, "tx2", 6.3m);
        await SaveAsync(c => c.Assessments.AddRange([tx2, fixedTx1, failedPe]));

        Assert.Equal([fixedTx1, gk, failedPe, termTwo, tx2], await book.MarksOfAsync(Code("HS0001"), default));
        Assert.Equal([fixedTx1, gk, failedPe, tx2], await book.MarksOfAsync(Code("HS0001"), Term.I, default));
        Assert.Empty(await book.MarksOfAsync(Code("HS0002"), Term.II, default));
        var ofClass = await book.MarksOfAsync([Code("HS0001"), Code("HS0002"), Code("HS0003")], default);
        Assert.Equal(5, ofClass[Code("HS0001")].Count());
        Assert.Equal([other], ofClass[Code("HS0002")]);
        Assert.Empty(ofClass[Code("HS0003")]);
    }

    [Fact]
    public async Task TheMarksOfAWeek_AreTheSubjectsTouchedThatWeek_WithAllTheirTermsMarks_InOrder()
    {
        var before = Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8m) with { RecordedAt = T0.AddDays(-10) };
        var inWeek = Score("HS0001", SubjectCatalog.Toan, Term.I, "tx2", 6.5m) with { RecordedAt = T0 };
        var otherTerm = Score("HS0001", SubjectCatalog.Toan, Term.II, "tx1", 9m) with { RecordedAt = T0.AddDays(-3) };
        var untouched = Score("HS0001", SubjectCatalog.NguVan, Term.I, "tx1", 7m) with { RecordedAt = T0.AddDays(-10) };
        var atTheEnd = Score("HS0002", SubjectCatalog.NguVan, Term.I, "gk", 5m) with { RecordedAt = T0.AddDays(7) };
        var unknownTime = Score("HS0002", SubjectCatalog.Toan, Term.I, "gk", 5m);
        await SaveAsync(c => c.Assessments.AddRange([before, inWeek, otherTerm, untouched, atTheEnd, unknownTime]));

        var week = await Port<IGradeBook>().MarksOfWeekAsync([Code("HS0001"), Code("HS0002")], T0.AddHours(-1), T0.AddDays(7), default);

        Assert.Equal([before, inWeek], week[Code("HS0001")]);
        Assert.Empty(week[Code("HS0002")]);
    }

    [Fact]
    public async Task AMarkEnteredTwiceInOneSet_KeepsTheLastValue()
    {
        await SaveAsync(c => c.Assessments.AddRange([
            Score("HS0001", SubjectCatalog.Toan, Term.I, "ck", 4m), Score("HS0001", SubjectCatalog.Toan, Term.I, "ck", 4.5m)]));
        Assert.Equal([Score("HS0001", SubjectCatalog.Toan, Term.I, "ck", 4.5m)], await Port<IGradeBook>().MarksOfAsync(Code("HS0001"), default));
    }

    [Fact]
    public async Task Absences_AreOldestFirst_MorningBeforeAfternoon_ReplacedPerSession_AndCleared()
    {
        await SaveAsync(c => c.Absences.AddRange([
            Absence("HS0001", 9, DaySession.Afternoon), Absence("HS0001", 9, DaySession.Morning, excused: false),
            Absence("HS0001", 7, DaySession.Afternoon), Absence("HS0002", 8, DaySession.Morning)]));
        var book = Port<IAttendanceBook>();
        Assert.Equal([Absence("HS0001", 7, DaySession.Afternoon), Absence("HS0001", 9, DaySession.Morning, excused: false), Absence("HS0001", 9, DaySession.Afternoon)],
            await book.AbsencesOfAsync(Code("HS0001"), default));

        await SaveAsync(c =>
        {
            c.Absences.Add(Absence("HS0001", 9, DaySession.Morning, excused: true));
            c.ClearedAbsences.Add(Absence("HS0001", 7, DaySession.Afternoon));
        });

        var ofClass = await book.AbsencesOfAsync([Code("HS0001"), Code("HS0002")], default);
        Assert.Equal([Absence("HS0001", 9, DaySession.Morning), Absence("HS0001", 9, DaySession.Afternoon)], ofClass[Code("HS0001")]);
        Assert.Equal([Absence("HS0002", 8, DaySession.Morning)], ofClass[Code("HS0002")]);
    }

    [Fact]
    public async Task Conduct_IsOneLevelATerm_AndRemarksAreOldestFirst()
    {
        var late = Remark.Write(Code("HS0001"), Term.I, new DateOnly(2026, 12, 10), "GV02", "Tiến bộ rõ rệt.");
        var early = Remark.Write(Code("HS0001"), Term.I, new DateOnly(2026, 10, 1), "GV02", "Cần chú ý hơn trong giờ học.");
        var other = Remark.Write(Code("HS0002"), Term.I, new DateOnly(2026, 11, 1), "GV02", "Ngoan.");
        await SaveAsync(c =>
        {
            c.Conduct.AddRange([new ConductRecord(Code("HS0001"), Term.II, Level.Kha), new ConductRecord(Code("HS0001"), Term.I, Level.Dat)]);
            c.Remarks.AddRange([late, early, other]);
        });
        await SaveAsync(c => c.Conduct.Add(new ConductRecord(Code("HS0001"), Term.I, Level.ChuaDat)));
        var book = Port<IConductBook>();

        Assert.Equal([new ConductRecord(Code("HS0001"), Term.I, Level.ChuaDat), new ConductRecord(Code("HS0001"), Term.II, Level.Kha)],
            await book.LevelsOfAsync(Code("HS0001"), default));
        Assert.Equal([early, late], await book.RemarksOfAsync(Code("HS0001"), default));
        var ofClass = await book.RemarksOfAsync([Code("HS0001"), Code("HS0002"), Code("HS0003")], default);
        Assert.Equal([other], ofClass[Code("HS0002")]);
        Assert.Empty(ofClass[Code("HS0003")]);
    }

    [Fact]
    public async Task Audit_AboutAStudentIsOldestFirst_AndTheLatestAreNewestFirst()
    {
        var first = Audit(T0, "HS0001", "Điểm Toán HK1 tx1", null, "8.5");
        var school = Audit(T0.AddMinutes(1), null, "Liên kết giáo viên GV02", null, "telegram:501");
        var other = Audit(T0.AddMinutes(2), "HS0002", "Vắng 2026-12-07 sáng", null, "P");
        var second = Audit(T0.AddMinutes(3), "HS0001", "Điểm Toán HK1 tx1", "8.5", "9.5") with { Reason = "nhập nhầm" };
        await SaveAsync(c => c.Audit.AddRange([second, first]));
        await SaveAsync(c => c.Audit.AddRange([other, school]));
        var log = Port<IAuditLog>();

        Assert.Equal([first, second], await log.AboutAsync("HS0001", default));
        Assert.Empty(await log.AboutAsync("HS0003", default));
        Assert.Equal([second, other, school], await log.LatestAsync(3, default));
        Assert.Equal(4, (await log.LatestAsync(10, default)).Count);
    }

    [Fact]
    public async Task AChangeSet_ThatFails_LeavesNothingOfIt()
    {
        await SaveAsync(c => c.Students.Add(Student("HS0001")));
        var duplicate = Audit(T0, "HS0001", "Điểm Toán HK1 tx1", null, "8");
        var records = Port<ISchoolRecords>();

        await Assert.ThrowsAnyAsync<Exception>(() => records.SaveAsync(Changes(c =>
        {
            c.Students.Add(Student("HS0001").MoveTo(ClassName.Parse("7A")));
            c.Students.Add(Student("HS0002"));
            c.Guardians[Code("HS0002")] = [Guardian("HS0002", "Trần Thị Mai", "0912345678")];
            c.Teachers.Add(Teacher.Create("GV01", "Đỗ Thị Hiệu", null, [Assignment.Admin()]));
            c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8m));
            c.Absences.Add(Absence("HS0001", 7, DaySession.Morning));
            c.Conduct.Add(new ConductRecord(Code("HS0001"), Term.I, Level.Tot));
            c.Remarks.Add(Remark.Write(Code("HS0001"), Term.I, new DateOnly(2026, 12, 7), "GV01", "Ngoan."));
            c.Audit.AddRange([duplicate, duplicate]); // the same entry twice: the store refuses it, after writing the rest
        }), default));

        Assert.Equal(ClassName.Parse("6A"), (await Port<IStudentDirectory>().FindAsync(Code("HS0001"), default))!.ClassName);
        Assert.Null(await Port<IStudentDirectory>().FindAsync(Code("HS0002"), default));
        Assert.Empty(await Port<IStudentDirectory>().GuardiansWithPhoneAsync(PhoneNumber.Parse("0912345678"), default));
        Assert.Empty(await Port<ITeacherDirectory>().AllAsync(default));
        Assert.Empty(await Port<IGradeBook>().MarksOfAsync(Code("HS0001"), default));
        Assert.Empty(await Port<IAttendanceBook>().AbsencesOfAsync(Code("HS0001"), default));
        Assert.Empty(await Port<IConductBook>().LevelsOfAsync(Code("HS0001"), default));
        Assert.Empty(await Port<IConductBook>().RemarksOfAsync(Code("HS0001"), default));
        Assert.Empty(await Port<IAuditLog>().LatestAsync(10, default));
    }

    [Fact]
    public async Task AChangeSet_IsSavedWhole_OrNotAtAll_WhenAnEntryIsAlreadyThere()
    {
        var entry = Audit(T0, "HS0001", "Hạnh kiểm HK1", null, "Tốt");
        await SaveAsync(c => c.Audit.Add(entry));

        await Assert.ThrowsAnyAsync<Exception>(() => Port<ISchoolRecords>().SaveAsync(Changes(c =>
        {
            c.Conduct.Add(new ConductRecord(Code("HS0001"), Term.I, Level.Tot));
            c.Audit.Add(entry);
        }), default));

        Assert.Empty(await Port<IConductBook>().LevelsOfAsync(Code("HS0001"), default));
        Assert.Equal([entry], await Port<IAuditLog>().AboutAsync("HS0001", default));
    }
}
