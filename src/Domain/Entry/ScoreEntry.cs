using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Entry;

/// <summary>A teacher's batch of scores for one column: previewed first, saved only when confirmed.</summary>
public sealed class ScoreEntry(IStudentDirectory students, IGradeBook grades, ISchoolRecords records)
{
    /// <summary>What the lines would change, or why this teacher may not change it (checked here, not by the caller).</summary>
    public async Task<ScoreBatch> PreviewAsync(Teacher teacher, ClassName className, Subject subject, Term term, Column column,
        IReadOnlyList<string> lines, bool termClosed = false, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(lines);
        if (Authorization.Check(teacher, TeacherAction.EnterScores, className, subject, termClosed, reason) is { } refusal)
            return new ScoreBatch(className, subject, term, column, [], []) { Refused = refusal };
        var reader = await RosterLines.LoadAsync(students, className, lines, cancellationToken);
        var changes = new List<ScoreChange>();
        foreach (var (line, text, student, value) in reader.Read(lines))
        {
            if (ReadMark(subject, value) is not { } mark)
            {
                reader.Issues.Add(new EntryIssue(line, text, Problem(subject, value), subject.Name));
                reader.Reject(student.Code);
                continue;
            }
            var before = (await grades.MarksOfAsync(student.Code, term, cancellationToken)).FirstOrDefault(m => m.Subject == subject && m.Column == column)?.Mark;
            changes.Add(new ScoreChange(student, before, mark));
        }
        return new ScoreBatch(className, subject, term, column, changes, reader.Issues.OrderBy(i => i.Line).ToList());
    }

    /// <summary>Saves the new and changed marks of a batch, each with its audit entry; returns how many.</summary>
    public Task<int> ApplyAsync(ScoreBatch batch, Actor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        ApplyAsync(batch, actor, now, null, cancellationToken);

    /// <summary>
    /// Saves the batch as one unit of work: <paramref name="causes"/> adds to the change what it causes
    /// (the parents' score alerts), and the marks, the audit and those messages are written together.
    /// </summary>
    public async Task<int> ApplyAsync(ScoreBatch batch, Actor actor, DateTimeOffset now, Func<ChangeSet, CancellationToken, Task>? causes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Refused is not null) throw new InvalidOperationException("a refused batch cannot be saved");
        var changes = new ChangeSet();
        foreach (var change in batch.Changes.Where(c => c.Changes))
        {
            var assessment = new Assessment(change.Student.Code, batch.Subject, batch.Term, batch.Column, change.After) { RecordedAt = now };
            changes.Assessments.Add(assessment);
            changes.Audit.Add(AuditEntry.Record(actor, now, change.Student.Code.Value, ScoresImport.Describe(assessment),
                change.Before?.ToString(), change.After.ToString()));
        }
        if (causes is not null) await causes(changes, cancellationToken);
        await records.SaveAsync(changes, cancellationToken);
        return changes.Assessments.Count;
    }

    private static Mark? ReadMark(Subject subject, string value)
    {
        if (Mark.TryParseComment(value, out var comment)) return subject.IsScored ? null : comment;
        return subject.IsScored && Score.TryParse(value, out var score) is null ? Mark.Of(score) : null;
    }

    private static EntryProblem Problem(Subject subject, string value)
    {
        if (Mark.TryParseComment(value, out _)) return EntryProblem.CommentInScoredSubject;
        if (!subject.IsScored) return EntryProblem.ScoreInCommentSubject;
        return Score.TryParse(value, out _) switch
        {
            ScoreProblem.OutOfRange => EntryProblem.ScoreOutOfRange,
            ScoreProblem.TooManyDecimals => EntryProblem.ScoreTooManyDecimals,
            _ => EntryProblem.ScoreNotANumber,
        };
    }
}
