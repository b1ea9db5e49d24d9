namespace SoLienLac.Bot.Demo;

/// <summary>
/// Vietnamese names for the demo school, family names weighted roughly as they occur in the
/// population (Nguyễn alone is about a third of it).
/// </summary>
internal static class DemoNames
{
    public static readonly (string Name, int Weight)[] FamilyNames =
    [
        ("Nguyễn", 310), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 40), ("Huỳnh", 35),
        ("Phan", 45), ("Vũ", 30), ("Võ", 30), ("Đặng", 20), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
        ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 8), ("Trịnh", 6), ("Mai", 5), ("Lương", 5),
        ("Đào", 5), ("Cao", 4), ("Tạ", 3), ("Lâm", 3), ("Châu", 2),
    ];

    public static readonly string[] MaleMiddleNames =
    [
        "Văn", "Minh", "Đức", "Gia", "Bảo", "Quốc", "Hoàng", "Thanh", "Anh", "Hữu", "Trung", "Nhật",
        "Đăng", "Tuấn", "Công", "Thành", "Xuân", "Duy",
    ];

    public static readonly string[] FemaleMiddleNames =
    [
        "Thị", "Ngọc", "Thanh", "Bảo", "Minh", "Hoài", "Thu", "Khánh", "Phương", "Mai", "Diệu",
        "Gia", "Thảo", "Kim", "Hồng", "Bích", "Quỳnh", "Tường",
    ];

    public static readonly string[] MaleGivenNames =
    [
        "An", "Bình", "Dũng", "Hải", "Khoa", "Nam", "Phúc", "Quân", "Sơn", "Tuấn", "Hùng", "Huy",
        "Khang", "Khôi", "Long", "Lâm", "Minh", "Nhân", "Phong", "Quang", "Thắng", "Thịnh", "Trí",
        "Trung", "Tùng", "Việt", "Vinh", "Đạt", "Đông", "Hiếu", "Kiên", "Lộc", "Nghĩa", "Tâm",
        "Thái", "Toàn", "Hưng", "Hoàng", "Duy", "Bảo",
    ];

    public static readonly string[] FemaleGivenNames =
    [
        "An", "Châu", "Hà", "Hương", "Linh", "Mai", "Nhung", "Thảo", "Trang", "Vy", "Yến", "Anh",
        "Chi", "Diệp", "Giang", "Hạnh", "Hằng", "Hiền", "Hoa", "Huyền", "Lan", "Loan", "Ly", "My",
        "Ngân", "Ngọc", "Nhi", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thư", "Thủy", "Tiên",
        "Trâm", "Uyên", "Vân", "Xuân", "Ánh",
    ];
}
