using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Channels.Console;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Teaching;

/// <summary>
/// The teacher who sends the 1,500-row gradebook: every scored subject of one class (the file has
/// them all), added to the store's staff and verified in a local chat, whose documents are files on disk.
/// </summary>
internal static class GradebookTeacher
{
    public static readonly ChatAddress Chat = new(ConsoleChat.Channel, "bench-teacher");

    public static Teacher For(ClassName className) => Teacher.Create("GV900", "Nguyễn Thị Bench", null,
        SubjectCatalog.Secondary.Where(s => s.IsScored).Select(s => Assignment.Teaching(s, className)));

    /// <summary>Saves the teacher and their chat's link into the store (a template, before it is copied).</summary>
    public static Teacher AddTo(string path, ClassName className)
    {
        var teacher = For(className);
        using var store = OpenStore.On(path);
        var changes = new ChangeSet();
        changes.Teachers.Add(teacher);
        store.Get<ISchoolRecords>().SaveAsync(changes, CancellationToken.None).GetAwaiter().GetResult();
        store.Get<IChatLinks>().SaveAsync(new StaffLink(Chat, teacher.Code, store.Get<SchoolCalendar>().Now), CancellationToken.None).GetAwaiter().GetResult();
        return teacher;
    }
}
