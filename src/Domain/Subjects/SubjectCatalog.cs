using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Subjects;

/// <summary>
/// The subjects of lower secondary school (THCS, grades 6–9) under the 2018 programme, with the
/// yearly periods that fix how many regular assessments each term needs, and which are assessed
/// by comment only (Circular 22, Article 5).
/// </summary>
public static class SubjectCatalog
{
    public static readonly Subject NguVan = new("Ngữ văn", SubjectKind.Scored, 140, null, "Văn", "Ngu van");
    public static readonly Subject Toan = new("Toán", SubjectKind.Scored, 140, null);
    public static readonly Subject TiengAnh = new("Tiếng Anh", SubjectKind.Scored, 105, null, "Ngoại ngữ 1", "Ngoại ngữ", "Anh", "English");
    public static readonly Subject GiaoDucCongDan = new("Giáo dục công dân", SubjectKind.Scored, 35, null, "GDCD");
    public static readonly Subject LichSuDiaLi = new("Lịch sử và Địa lí", SubjectKind.Scored, 105, null, "Lịch sử và Địa lý", "Lịch sử - Địa lí", "Sử Địa", "LSĐL", "Sử", "Địa");
    public static readonly Subject KhoaHocTuNhien = new("Khoa học tự nhiên", SubjectKind.Scored, 140, null, "KHTN");
    public static readonly Subject CongNghe = new("Công nghệ", SubjectKind.Scored, 35, 52);
    public static readonly Subject TinHoc = new("Tin học", SubjectKind.Scored, 35, null, "Tin");
    public static readonly Subject TheDuc = new("Giáo dục thể chất", SubjectKind.Commented, 70, null, "GDTC", "Thể dục");
    public static readonly Subject AmNhac = new("Âm nhạc", SubjectKind.Commented, 35, null, "Nhạc");
    public static readonly Subject MiThuat = new("Mĩ thuật", SubjectKind.Commented, 35, null, "Mỹ thuật");
    public static readonly Subject TraiNghiem = new("Hoạt động trải nghiệm, hướng nghiệp", SubjectKind.Commented, 105, null, "Hoạt động trải nghiệm hướng nghiệp", "Hoạt động trải nghiệm", "HĐTN", "HĐTNHN");
    public static readonly Subject DiaPhuong = new("Nội dung giáo dục của địa phương", SubjectKind.Commented, 35, null, "Giáo dục địa phương", "GDĐP", "Địa phương");

    /// <summary>In the order the contact book prints them.</summary>
    public static IReadOnlyList<Subject> Secondary { get; } =
    [
        Toan, NguVan, TiengAnh, GiaoDucCongDan, LichSuDiaLi, KhoaHocTuNhien, CongNghe, TinHoc,
        TheDuc, AmNhac, MiThuat, TraiNghiem, DiaPhuong,
    ];

    private static readonly Dictionary<string, Subject> ByFoldedName = Secondary
        .SelectMany(s => s.Aliases.Prepend(s.Name).Select(n => (Key: VietnameseText.Fold(n), Subject: s)))
        .Distinct() // an alias may fold to the subject's own name ("Ngu van"); two subjects sharing one still throws
        .ToDictionary(p => p.Key, p => p.Subject);

    private static readonly Dictionary<string, Subject> ByExactName = Secondary.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>Finds a subject by name or alias, without regard to case or accents ("toan" = "Toán").</summary>
    public static Subject? Find(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ByFoldedName.GetValueOrDefault(VietnameseText.Fold(text));

    /// <summary>The subject of a stored name: its exact name first (no folding: this is on every read), then any alias.</summary>
    public static Subject Get(string name) =>
        (name is null ? null : ByExactName.GetValueOrDefault(name)) ?? Find(name) ?? throw new ArgumentException($"\"{name}\" is not a subject of the programme", nameof(name));

    public static int IndexOf(Subject subject)
    {
        for (var i = 0; i < Secondary.Count; i++)
            if (Secondary[i] == subject) return i;
        return int.MaxValue;
    }
}
