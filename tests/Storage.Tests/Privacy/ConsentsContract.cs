using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

/// <summary>Parents' answers to the consent text: every one kept as proof, the latest in force.</summary>
public abstract class ConsentsContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ChatAddress Mother = new("telegram", "101");
    private static readonly ChatAddress Other = new("zalo", "u-55");

    [Fact]
    public async Task EveryAnswerIsKept_InTheOrderGiven_AndTheLatestIsInForce()
    {
        var consents = Port<IConsents>();
        Assert.Null(await consents.LatestAsync(Mother, default));
        var agreed = new Consent(Mother, "Trần Thị Mai (Mẹ) — HS0012", T0, "a1b2c3", ConsentDecision.Agreed);
        // A later answer in the same instant still comes after: order of writing, not of time.
        var again = agreed with { Version = "d4e5f6" };
        var withdrawn = agreed with { At = T0.AddDays(3), Decision = ConsentDecision.Withdrawn };
        await consents.RecordAsync(agreed, default);
        await consents.RecordAsync(again, default);
        await consents.RecordAsync(new Consent(Other, "Nguyễn Văn Nam (Bố) — HS0013", T0, "a1b2c3", ConsentDecision.Declined), default);

        Assert.Equal(again, await consents.LatestAsync(Mother, default));
        await consents.RecordAsync(withdrawn, default);

        Assert.Equal([agreed, again, withdrawn], await consents.OfChatAsync(Mother, default));
        Assert.Equal(withdrawn, await consents.LatestAsync(Mother, default));
        Assert.False(withdrawn.AllowsMessages);
        Assert.Equal(ConsentDecision.Declined, (await consents.LatestAsync(Other, default))!.Decision);
        // Many chats in one read (the sender's check): each one's latest; one that never answered is absent.
        var latest = await consents.LatestAsync([Mother, Other, new ChatAddress("telegram", "999"), Mother], default);
        Assert.Equal(2, latest.Count);
        Assert.Equal(withdrawn, latest[Mother.Key]);
        Assert.Equal(ConsentDecision.Declined, latest[Other.Key].Decision);
        Assert.Empty(await consents.LatestAsync([], default));
    }
}
