namespace SoLienLac.Domain.Subjects;

/// <summary>Circular 22 assesses a subject either by comment only (Đ/CĐ) or by comment and a 0–10 score.</summary>
public enum SubjectKind
{
    Scored,
    Commented,
}
