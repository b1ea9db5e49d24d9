namespace SoLienLac.Domain.Attendance;

public interface ILeaveRequests
{
    LeaveRequest? Find(Guid id);

    IReadOnlyList<LeaveRequest> Pending();

    IReadOnlyList<LeaveRequest> OfStudent(Students.StudentCode student);

    /// <summary>Many students' requests in one read (a class), each student's oldest first.</summary>
    ILookup<Students.StudentCode, LeaveRequest> OfStudents(IReadOnlyCollection<Students.StudentCode> students);

    void Save(LeaveRequest request);
}
