using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Entry;

/// <summary>The homeroom teacher sets a term's training result and writes remarks; both audited.</summary>
public sealed class ConductEntry(IConductBook conduct, ISchoolRecords records)
{
    public static Refusal? CheckLevel(Teacher teacher, Student student, bool termClosed, string? reason) =>
        Authorization.Check(teacher, TeacherAction.SetConduct, student?.ClassName, null, termClosed, reason);

    public static Refusal? CheckRemark(Teacher teacher, Student student) =>
        Authorization.Check(teacher, TeacherAction.WriteRemark, student?.ClassName);

    public async Task<Level?> LevelBeforeAsync(Student student, Term term, CancellationToken cancellationToken) =>
        (await conduct.LevelsOfAsync(student?.Code ?? throw new ArgumentNullException(nameof(student)), cancellationToken)).FirstOrDefault(c => c.Term == term)?.Level;

    public async Task SetLevelAsync(Teacher teacher, Student student, Term term, Level level, Actor actor, DateTimeOffset now, bool termClosed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckLevel(teacher, student, termClosed, actor.Reason) is { } refused) throw new InvalidOperationException($"refused: {refused}");
        var before = await LevelBeforeAsync(student, term, cancellationToken);
        if (before == level) return;
        var changes = new ChangeSet();
        changes.Conduct.Add(new ConductRecord(student.Code, term, level));
        changes.Audit.Add(AuditEntry.Record(actor, now, student.Code.Value, $"Rèn luyện {term.Vietnamese()}", before?.Vietnamese(), level.Vietnamese()));
        await records.SaveAsync(changes, cancellationToken);
    }

    public async Task<Remark> WriteAsync(Teacher teacher, Student student, Term term, DateOnly today, string text, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        if (CheckRemark(teacher, student) is { } refused) throw new InvalidOperationException($"refused: {refused}");
        var remark = Remark.Write(student.Code, term, today, teacher.Code, text);
        var changes = new ChangeSet();
        changes.Remarks.Add(remark);
        changes.Audit.Add(AuditEntry.Record(actor, now, student.Code.Value, "Nhận xét", null, remark.Text));
        await records.SaveAsync(changes, cancellationToken);
        return remark;
    }
}
