using SoLienLac.Domain.Links;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Privacy;
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

        var records = await Port<IPersonalData>().EraseChatAsync(ChatAddress.Parse(erased), default);

        var after = await EveryKindStore.ExportAsync(Port<IStoreTransfer>());
        Assert.True(records > 5, $"{records} records");
        var left = after.SelectMany(kind => kind.Value.Where(row => Names(row, erased)).Select(row => $"{kind.Key}: {string.Join(", ", row)}")).ToList();
        Assert.Empty(left);
        foreach (var kind in StoreRows.Kinds)
            Assert.Equal(before[kind].Count(row => Names(row, kept)), after[kind].Count(row => Names(row, kept)));
    }
}
