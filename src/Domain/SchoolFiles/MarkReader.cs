using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>Reads a mark the way the subject is assessed: a 0–10 score, or Đ/CĐ.</summary>
internal static class MarkReader
{
    public static Mark? Read(RowChecker check, ImportRow row, Subject subject, string text, string column = "score")
    {
        var isComment = Mark.TryParseComment(text, out var comment);
        if (!subject.IsScored)
        {
            if (isComment) return comment;
            check.Fail(row, column, ImportProblem.ScoreInCommentSubject, subject.Name);
            return null;
        }
        if (isComment)
        {
            check.Fail(row, column, ImportProblem.CommentInScoredSubject, subject.Name);
            return null;
        }
        var problem = Score.TryParse(text, out var score);
        if (problem is null) return Mark.Of(score);
        check.Fail(row, column, problem switch
        {
            ScoreProblem.OutOfRange => ImportProblem.ScoreOutOfRange,
            ScoreProblem.TooManyDecimals => ImportProblem.ScoreTooManyDecimals,
            _ => ImportProblem.ScoreNotANumber,
        });
        return null;
    }
}
