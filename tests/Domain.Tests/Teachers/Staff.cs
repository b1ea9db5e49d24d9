using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Tests.Teachers;

/// <summary>
/// The four people of the authorization matrix: the admin; the homeroom teacher of 6A who also
/// teaches Toán there; the Tiếng Anh teacher of 6A and 6B; a teacher with no assignment.
/// </summary>
public static class Staff
{
    public static readonly ClassName Own = ClassName.Parse("6A");

    public static readonly ClassName Other = ClassName.Parse("7A");

    public static Teacher Admin { get; } = Teacher.Create("BGH01", "Lê Thị Hiệu", null, [Assignment.Admin()]);

    public static Teacher Homeroom { get; } = Teacher.Create("GV01", "Phạm Văn Chủ", null,
        [Assignment.Homeroom(Own), Assignment.Teaching(SubjectCatalog.Toan, Own)]);

    public static Teacher English { get; } = Teacher.Create("GV02", "Trần Thị Anh", null,
        [Assignment.Teaching(SubjectCatalog.TiengAnh, Own), Assignment.Teaching(SubjectCatalog.TiengAnh, ClassName.Parse("6B"))]);

    public static Teacher Unassigned { get; } = Teacher.Create("GV03", "Đỗ Văn Mới", null, []);

    /// <summary>For theory tables, which take constants: "admin", "homeroom", "english", "none".</summary>
    public static Teacher Named(string role) => role switch
    {
        "admin" => Admin,
        "homeroom" => Homeroom,
        "english" => English,
        "none" => Unassigned,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not one of the matrix's teachers"),
    };
}
