using SoLienLac.Domain.Grades;

namespace SoLienLac.Domain.Tests.Grades;

public class ColumnTests
{
    [Theory]
    [InlineData("tx1", AssessmentKind.Regular, 1)]
    [InlineData("tx2", AssessmentKind.Regular, 2)]
    [InlineData("tx3", AssessmentKind.Regular, 3)]
    [InlineData("TX4", AssessmentKind.Regular, 4)]
    [InlineData("gk", AssessmentKind.MidTerm, 0)]
    [InlineData(" GK ", AssessmentKind.MidTerm, 0)]
    [InlineData("ck", AssessmentKind.EndOfTerm, 0)]
    public void TryParse_ReadsTheGradebookColumns(string text, AssessmentKind kind, int index)
    {
        Assert.True(Column.TryParse(text, out var column));
        Assert.Equal(kind, column.Kind);
        Assert.Equal(index, column.Index);
        Assert.Equal(text.Trim().ToLowerInvariant(), column.ToString());
    }

    [Theory]
    [InlineData("tx5")]
    [InlineData("tx0")]
    [InlineData("tx")]
    [InlineData("tx10")]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsOtherColumns(string? text) =>
        Assert.False(Column.TryParse(text, out _));

    [Fact]
    public void Order_PutsRegularThenMidTermThenEndOfTerm() =>
        Assert.Equal(
            ["tx1", "tx2", "tx4", "gk", "ck"],
            new[] { Column.EndOfTerm, Column.Regular(4), Column.MidTerm, Column.Regular(1), Column.Regular(2) }
                .OrderBy(c => c.Order).Select(c => c.ToString()));
}
