namespace SoLienLac.Domain.Attendance;

public interface ILeaveRequests
{
    Task<LeaveRequest?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<LeaveRequest>> PendingAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<LeaveRequest>> OfStudentAsync(Students.StudentCode student, CancellationToken cancellationToken);

    /// <summary>Many students' requests in one read (a class), each student's oldest first.</summary>
    Task<ILookup<Students.StudentCode, LeaveRequest>> OfStudentsAsync(IReadOnlyCollection<Students.StudentCode> students, CancellationToken cancellationToken);

    Task SaveAsync(LeaveRequest request, CancellationToken cancellationToken);
}
