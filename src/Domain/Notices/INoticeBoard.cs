using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Notices;

/// <summary>The school's notices and who has acknowledged them.</summary>
public interface INoticeBoard
{
    /// <summary>Notices for the class (and the whole school) published by <paramref name="now"/>, newest first.</summary>
    IReadOnlyList<Notice> PublishedFor(ClassName className, DateTimeOffset now, int max);

    Notice? Find(Guid id);

    void Save(Notice notice);

    /// <summary>Notices whose time has come and that have not been sent to the families yet.</summary>
    IReadOnlyList<Notice> DueUndelivered(DateTimeOffset now);

    void MarkDelivered(Guid noticeId, DateTimeOffset at);

    /// <summary>The newest notices of a class and of the school, published or not, for the staff.</summary>
    IReadOnlyList<Notice> Latest(ClassName? className, int max);

    IReadOnlyList<Acknowledgement> AcknowledgementsOf(Guid noticeId);

    /// <summary>The notices a student's family has acknowledged.</summary>
    IReadOnlySet<Guid> AcknowledgedFor(StudentCode student);

    /// <summary><see cref="AcknowledgedFor(StudentCode)"/> for many students in one read (a class).</summary>
    ILookup<StudentCode, Guid> AcknowledgedFor(IReadOnlyCollection<StudentCode> students);

    void Acknowledge(Acknowledgement acknowledgement);
}
