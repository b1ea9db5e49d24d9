using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Storage.Tests.Support;
using SoLienLac.Storage.Tests.Transfer;

namespace SoLienLac.Storage.Tests.Privacy;

/// <summary>
/// A parent's erasure leaves no copy of their chat in the store: every kind the store keeps is read
/// back (the transfer's export) and none names the chat; the other family's data stays whole.
/// </summary>
public abstract class PersonalDataContract(IStoreBackend backend) : StoreContract(backend)
{
    private static bool Names(IReadOnlyList<object?> row, string text) =>
        row.Any(v => v?.ToString()?.Contains(text, StringComparison.Ordinal) == true);

    [Theory]
    [InlineData("telegram:1001", "zalo:z-2002")]
    [InlineData("zalo:z-2002", "telegram:1001")]
    public async Task ErasingAChat_LeavesNoRowNamingIt_AndTheOtherChatsAsTheyWere(string erased, string kept)
    {
        await EveryKindStore.FillAsync(Port<IServiceProvider>());
        var before = await EveryKindStore.ExportAsync(Port<IStoreTransfer>());

        var records = await Port<IPersonalData>().EraseChatAsync(ChatAddress.Parse(erased), keepCorrespondence: false, default);

        var after = await EveryKindStore.ExportAsync(Port<IStoreTransfer>());
        Assert.True(records > 5, $"{records} records");
        var left = after.SelectMany(kind => kind.Value.Where(row => Names(row, erased)).Select(row => $"{kind.Key}: {string.Join(", ", row)}")).ToList();
        Assert.Empty(left);
        foreach (var kind in StoreRows.Kinds)
            Assert.Equal(before[kind].Count(row => Names(row, kept)), after[kind].Count(row => Names(row, kept)));
    }

    [Fact]
    public async Task ErasingAChat_DeletesWhatItWroteToTeachers_AndUnnamesTheAnswersToIt_AndItsAnswersToPolls()
    {
        await EveryKindStore.FillAsync(Port<IServiceProvider>());
        var hs1 = StudentCode.Parse("HS0001");
        var talk = Port<ITalkThreads>();
        var polls = Port<IPolls>();
        var trip = (await polls.FindByPrefixAsync("5b1d9e84", default)).Single(p => p.ClassName is not null);

        await Port<IPersonalData>().EraseChatAsync(EveryKindStore.Mother, keepCorrespondence: false, default);
        await Port<IPersonalData>().EraseChatAsync(EveryKindStore.Father, keepCorrespondence: false, default);

        var thread = await talk.ThreadAsync(hs1, "GV01", 10, default);
        Assert.Equal([(false, ErasureRequest.Erased, "Cô đã nhận")], thread.Select(m => (m.FromParent, m.Chat, m.Text)));
        Assert.Null(await talk.LastReceivedAsync("GV01", default));
        Assert.Empty(await talk.ThreadAsync(hs1, "GV02", 10, default));
        Assert.Equal([("HS0001", 0, ErasureRequest.Erased), ("HS0002", 1, ErasureRequest.Erased)],
            (await polls.AnswersAsync(trip.Id, default)).Select(a => (a.Student.Value, a.Option, a.Chat)).Order());
    }

    [Fact]
    public async Task ErasingAChat_WithALawfulReasonToKeepItsCorrespondence_KeepsItsMessagesAndLeaveRequests_WithoutTheChat()
    {
        await EveryKindStore.FillAsync(Port<IServiceProvider>());
        var hs1 = StudentCode.Parse("HS0001");

        await Port<IPersonalData>().EraseChatAsync(EveryKindStore.Mother, keepCorrespondence: true, default);

        var thread = await Port<ITalkThreads>().ThreadAsync(hs1, "GV01", 10, default);
        Assert.Contains(thread, m => m.FromParent);
        Assert.All(thread, m => Assert.Equal(ErasureRequest.Erased, m.Chat));
        var requests = await Port<ILeaveRequests>().OfStudentAsync(hs1, default);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(ErasureRequest.Erased, r.ParentChat));
        var after = await EveryKindStore.ExportAsync(Port<IStoreTransfer>());
        Assert.Empty(after.SelectMany(kind => kind.Value.Where(row => Names(row, EveryKindStore.Mother.Key))));
    }
}
