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
