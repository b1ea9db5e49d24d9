namespace SoLienLac.Domain.Attendance;

public interface ILeaveRequests
{
    LeaveRequest? Find(Guid id);

    IReadOnlyList<LeaveRequest> Pending();

    void Save(LeaveRequest request);
}
