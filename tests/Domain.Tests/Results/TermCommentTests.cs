using SoLienLac.Domain.Results;

namespace SoLienLac.Domain.Tests.Results;

public class TermCommentTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TermComment_IsDat_WhenCompleteAndEveryAssessmentDat(int required) =>
        Assert.True(SubjectAverages.TermComment(Enumerable.Repeat(true, required).ToList(), true, true, required));

    [Theory]
    [InlineData(new[] { false, true }, true, true)]
    [InlineData(new[] { true, true }, false, true)]
    [InlineData(new[] { true, true }, true, false)]
    [InlineData(new[] { false }, null, null)]
    [InlineData(new bool[0], false, null)]
    [InlineData(new bool[0], null, false)]
    public void TermComment_IsChuaDat_WithAnyChuaDat_EvenWhenIncomplete(bool[] regular, bool? midTerm, bool? endOfTerm) =>
        Assert.False(SubjectAverages.TermComment(regular, midTerm, endOfTerm, 2));

    [Theory]
    [InlineData(new[] { true }, true, true)]
    [InlineData(new[] { true, true }, null, true)]
    [InlineData(new[] { true, true }, true, null)]
    [InlineData(new bool[0], null, null)]
    public void TermComment_IsUnknown_WhenIncompleteWithoutChuaDat(bool[] regular, bool? midTerm, bool? endOfTerm) =>
        Assert.Null(SubjectAverages.TermComment(regular, midTerm, endOfTerm, 2));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [InlineData(null)]
    public void YearComment_TakesTermTwo(bool? termTwo) =>
        Assert.Equal(termTwo, SubjectAverages.YearComment(termTwo));
}
