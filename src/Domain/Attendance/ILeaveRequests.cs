namespace SoLienLac.Domain.Attendance;

public interface ILeaveRequests
{
    LeaveRequest? Find(Guid id);

    IReadOnlyList<LeaveRequest> Pending();

    IReadOnlyList<LeaveRequest> OfStudent(Students.StudentCode student);

    void Save(LeaveRequest request);
}
