using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;

namespace SoLienLac.Domain.Tests.Fakes;

/// <summary>Writes what is saved into the fake books, so the next preview sees it, and keeps the audit trail.</summary>
public sealed class FakeSchoolRecords(FakeGradeBook grades, FakeAttendanceBook attendance) : ISchoolRecords
{
    private readonly List<AuditEntry> _audit = [];
    private readonly List<Assessment> _assessments = [];
    private readonly List<Absence> _absences = [];

    public IReadOnlyList<AuditEntry> Audit => _audit;

    /// <summary>Every mark ever saved, in the order saved.</summary>
    public IReadOnlyList<Assessment> SavedAssessments => _assessments;

    /// <summary>Every absence ever saved, in the order saved.</summary>
    public IReadOnlyList<Absence> SavedAbsences => _absences;

    public Task SaveAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        grades.Store(changes.Assessments);
        attendance.Store(changes.Absences);
        attendance.Remove(changes.ClearedAbsences);
        _assessments.AddRange(changes.Assessments);
        _absences.AddRange(changes.Absences);
        _audit.AddRange(changes.Audit);
        return Task.CompletedTask;
    }
}
