using SoLienLac.Domain.Schools;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Schools;

/// <summary>The deployment's schools: added once by code, listed by code.</summary>
public abstract class SchoolsContract(IStoreBackend backend) : StoreContract(backend)
{
    [Fact]
    public async Task ASchool_IsAddedOnceByItsCode_AndListedByCode()
    {
        var schools = Port<ISchools>();

        Assert.True(await schools.AddAsync(School.Add("thcs-nguyendu", "Trường THCS  Nguyễn Du", T0), default));
        Assert.True(await schools.AddAsync(School.Add("79001", "Trường THCS Lê Lợi", T0.AddMinutes(1)), default));
        Assert.False(await schools.AddAsync(School.Add("THCS-NGUYENDU", "Một trường khác", T0.AddMinutes(2)), default));

        var all = await schools.AllAsync(default);
        Assert.Equal(["79001", "THCS-NGUYENDU"], all.Select(s => s.Code));
        Assert.Equal(("Trường THCS Nguyễn Du", T0), (all[1].Name, all[1].AddedAt));
    }

    [Fact]
    public async Task ASchoolsSettings_AreKept_AndChangedWithoutItsCodeOrWhenItWasAdded()
    {
        var schools = Port<ISchools>();
        await schools.AddAsync(School.Add("79001", "Trường THCS Lê Lợi", T0), default);

        var changed = School.Add("79001", "Trường THCS Lê Lợi (cơ sở 2)", T0.AddDays(5)) with
        {
            TermTwoStartsOn = new DateOnly(2027, 1, 18), ClosedTerms = [2, 1], Phone = "028 3838 0000", Authority = "UBND Quận 3 — Phòng GD&ĐT",
        };
        Assert.True(await schools.UpdateAsync(changed, default));
        Assert.False(await schools.UpdateAsync(School.Add("79002", "Không có", T0), default));

        var kept = Assert.Single(await schools.AllAsync(default));
        Assert.True(kept.SameSettingsAs(changed));
        Assert.Equal([1, 2], kept.ClosedTerms);
        Assert.Equal(T0, kept.AddedAt);
        Assert.True(await schools.UpdateAsync(kept with { ClosedTerms = [], Phone = null, Authority = null, TermTwoStartsOn = null }, default));
        Assert.Equal((null, null, null, 0), ((await schools.AllAsync(default))[0] is var cleared ? (cleared.TermTwoStartsOn, cleared.Phone, cleared.Authority, cleared.ClosedTerms.Count) : default));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("trường")]
    [InlineData("-ABC")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    public void ACodeOfTheWrongShape_IsRefused(string code) =>
        Assert.Throws<ArgumentException>(() => School.Add(code, "Trường", T0));
}

public sealed class LiteDbSchoolsTests() : SchoolsContract(new LiteDbBackend());

public sealed class PostgreSqlSchoolsTests(PostgreSqlDatabaseFixture database)
    : SchoolsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
