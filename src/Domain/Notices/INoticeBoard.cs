using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Notices;

/// <summary>The school's notices and who has acknowledged them.</summary>
public interface INoticeBoard
{
    /// <summary>Notices for the class (and the whole school) published by <paramref name="now"/>, newest first.</summary>
    IReadOnlyList<Notice> PublishedFor(ClassName className, DateTimeOffset now, int max);

    Notice? Find(Guid id);

    void Save(Notice notice);

    IReadOnlyList<Acknowledgement> AcknowledgementsOf(Guid noticeId);

    void Acknowledge(Acknowledgement acknowledgement);
}
