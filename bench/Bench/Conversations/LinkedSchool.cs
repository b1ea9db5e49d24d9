using System.Diagnostics;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Conversations;

/// <summary>
/// A demo school of <c>--students</c> (2,000 unless given; classes of 35) in a store of its own on the
/// engine <c>--store</c> chose, every student's family linked from one parent chat, and the serving host
/// over it (chat only, nothing started, so nothing is sent): where the school and its families talk.
/// </summary>
internal sealed class LinkedSchool : IDisposable
{
    public const int DefaultStudents = 2_000;

    private LinkedSchool(OpenStore service, IReadOnlyList<ParentLink> links)
    {
        Service = service;
        Links = links;
    }

    public OpenStore Service { get; }

    /// <summary>One a student, the student's first guardian's phone as proof.</summary>
    public IReadOnlyList<ParentLink> Links { get; }

    public static LinkedSchool Build(BenchArguments arguments, string name, ScratchDirectory scratch)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var students = arguments.Students ?? DefaultStudents;
        var built = DemoStore.Build(StoreAt.New(arguments.Store, arguments.Database, name, scratch), year => DemoPlans.Big(year, students));
        Report.Fact("demo school (classes of 35, both terms)", $"{built.Store.Engine}: {built.Students} students, {built.Size}, built in {built.BuildTime.TotalSeconds:0.0} s");
        var service = OpenStore.Serving(built.Store);
        try
        {
            var start = Stopwatch.GetTimestamp();
            var links = ParentChats.Link(service.Get<IChatLinks>(), service.Get<IStudentDirectory>(), built.Students, seed: 2026, service.Get<SchoolCalendar>().Now);
            Report.Fact("parents' chats linked (one a student)", $"{links.Count} in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");
            return new LinkedSchool(service, links);
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    public void Dispose() => Service.Dispose();
}
