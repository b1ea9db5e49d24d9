using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

/// <summary>The access log: one line a person, student, kind and hour, read back newest first.</summary>
public abstract class AccessLogContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly StudentCode Lan = StudentCode.Parse("HS0012");
    private static readonly StudentCode Minh = StudentCode.Parse("HS0013");

    private static AccessEntry Line(StudentCode student, string who, AccessRole role, string what, DateTimeOffset at, string name = "") =>
        new(student, who, name, role, "telegram", what, AccessEntry.HourOf(at));

    [Fact]
    public async Task ALineIsWrittenOnceAnHour_AndReadNewestFirst_FromTheDayAsked()
    {
        var log = Port<IAccessLog>();
        var teacher = Line(Lan, "GV003", AccessRole.Teacher, "lop", T0.AddMinutes(5), "Trần Thị Thu");
        await log.RecordAsync([Line(Lan, "telegram:101", AccessRole.Parent, "diem", T0.AddDays(-40)), teacher], default);
        // The same person, student and kind again within the hour: still one line.
        await log.RecordAsync([teacher with { Hour = AccessEntry.HourOf(T0.AddMinutes(20)) }, Line(Minh, "GV003", AccessRole.Teacher, "lop", T0)], default);
        var later = Line(Lan, "telegram:101", AccessRole.Delivery, "weekly", T0.AddHours(3));
        await log.RecordAsync([later], default);

        Assert.Equal([later, teacher], await log.OfStudentAsync(Lan, T0.AddDays(-30), default));
        Assert.Equal(3, (await log.OfStudentAsync(Lan, T0.AddDays(-60), default)).Count);
        Assert.Single(await log.OfStudentAsync(Minh, T0.AddDays(-1), default));
    }
}
