using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Tests.Grades;

public class AssessmentTests
{
    private static readonly StudentCode Student = StudentCode.Parse("HS0001");

    [Fact]
    public void Create_RefusesDatForAScoredSubject() =>
        Assert.Throws<ArgumentException>(() => Assessment.Create(Student, SubjectCatalog.Toan, Term.I, Column.MidTerm, Mark.Dat));

    [Fact]
    public void Create_RefusesAScoreForACommentSubject() =>
        Assert.Throws<ArgumentException>(() =>
            Assessment.Create(Student, SubjectCatalog.AmNhac, Term.I, Column.MidTerm, Mark.Of(Score.Of(8))));

    [Fact]
    public void Create_TakesAScoreForAScoredSubjectAndDatForACommentSubject()
    {
        var score = Assessment.Create(Student, SubjectCatalog.Toan, Term.I, Column.Regular(1), Mark.Of(Score.Of(8.5m)));
        var comment = Assessment.Create(Student, SubjectCatalog.TheDuc, Term.II, Column.EndOfTerm, Mark.ChuaDat);

        Assert.Equal(8.5m, score.Mark.Score!.Value.Value);
        Assert.False(comment.Mark.Passed);
    }

    [Fact]
    public void Key_IdentifiesTheCellWhateverItsMark() =>
        Assert.Equal(
            Assessment.Create(Student, SubjectCatalog.Toan, Term.I, Column.Regular(1), Mark.Of(Score.Of(8))).Key,
            Assessment.Create(Student, SubjectCatalog.Toan, Term.I, Column.Regular(1), Mark.Of(Score.Of(9))).Key);
}
