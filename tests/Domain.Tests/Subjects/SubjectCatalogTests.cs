using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Tests.Subjects;

public class SubjectCatalogTests
{
    [Theory]
    [InlineData("toan", "Toán")]
    [InlineData("TOÁN", "Toán")]
    [InlineData("ngu van", "Ngữ văn")]
    [InlineData("Văn", "Ngữ văn")]
    [InlineData("KHTN", "Khoa học tự nhiên")]
    [InlineData("Ngoại ngữ 1", "Tiếng Anh")]
    [InlineData("tieng anh", "Tiếng Anh")]
    [InlineData("GDCD", "Giáo dục công dân")]
    [InlineData("Lịch sử và Địa lý", "Lịch sử và Địa lí")]
    [InlineData("thể dục", "Giáo dục thể chất")]
    [InlineData("Mỹ thuật", "Mĩ thuật")]
    [InlineData("HĐTN", "Hoạt động trải nghiệm, hướng nghiệp")]
    [InlineData("giao duc dia phuong", "Nội dung giáo dục của địa phương")]
    public void Find_MatchesNamesAndAliasesWithoutCaseOrAccents(string text, string expected) =>
        Assert.Equal(expected, SubjectCatalog.Find(text)?.Name);

    [Theory]
    [InlineData("Vật lí")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_IsNull_ForWhatIsNotASubject(string? text) =>
        Assert.Null(SubjectCatalog.Find(text));

    [Fact]
    public void Get_ThrowsForAnUnknownSubject() =>
        Assert.Throws<ArgumentException>(() => SubjectCatalog.Get("Vật lí"));

    [Fact]
    public void Secondary_HasEightScoredAndFiveCommentSubjects()
    {
        Assert.Equal(8, SubjectCatalog.Secondary.Count(s => s.IsScored));
        Assert.Equal(5, SubjectCatalog.Secondary.Count(s => !s.IsScored));
    }

    [Theory]
    [InlineData("Giáo dục thể chất")]
    [InlineData("Âm nhạc")]
    [InlineData("Mĩ thuật")]
    [InlineData("Hoạt động trải nghiệm, hướng nghiệp")]
    [InlineData("Nội dung giáo dục của địa phương")]
    public void CommentSubjects_AreTheOnesTheCircularNames(string name) =>
        Assert.Equal(SubjectKind.Commented, SubjectCatalog.Get(name).Kind);

    [Fact]
    public void Subjects_AreEqualByName() =>
        Assert.Equal(SubjectCatalog.Toan, SubjectCatalog.Get("toan"));
}
