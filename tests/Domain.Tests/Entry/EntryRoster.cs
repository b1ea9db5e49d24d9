using SoLienLac.Domain.Students;
using SoLienLac.Domain.Tests.Fakes;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>
/// Class 6A as teachers number it — 1 HS0001 An, 2 HS0002 Bình, 3 HS0003 Cường, 4 HS0004 Dung (transferred) —
/// and HS0101 of 7A. Enrolled out of order, so the numbering must come from the student codes.
/// </summary>
public static class EntryRoster
{
    public static readonly DateOnly DungLeftOn = new(2026, 11, 2);

    public static FakeStudentDirectory Directory() => new(
        Enrol("HS0003", "Lê Văn Cường", "6A"),
        Enrol("HS0101", "Hoàng Văn Em", "7A"),
        Enrol("HS0001", "Nguyễn Văn An", "6A"),
        Enrol("HS0004", "Phạm Thị Dung", "6A").Leave(StudentStatus.Transferred, DungLeftOn),
        Enrol("HS0002", "Trần Thị Bình", "6A"));

    private static Student Enrol(string code, string name, string className) =>
        Student.Enrol(StudentCode.Parse(code), name, new DateOnly(2014, 3, 1), ClassName.Parse(className));
}
