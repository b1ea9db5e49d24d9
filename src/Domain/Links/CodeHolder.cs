using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Links;

/// <summary>Whom an activation code links: a student's family, or a teacher (who cannot share a phone on Zalo).</summary>
public readonly record struct CodeHolder
{
    private const string TeacherPrefix = "teacher:";

    private CodeHolder(bool isTeacher, string code)
    {
        IsTeacher = isTeacher;
        Code = code;
    }

    public bool IsTeacher { get; }

    /// <summary>The student code, or the teacher code.</summary>
    public string Code { get; }

    /// <summary>The store's key: the student code itself, "teacher:GV003" for a teacher (student codes have no colon).</summary>
    public string Key => IsTeacher ? TeacherPrefix + Code : Code;

    public static CodeHolder Student(StudentCode student) => new(false, student.Value);

    public static CodeHolder Teacher(string teacherCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teacherCode);
        return new(true, teacherCode.Trim().ToUpperInvariant());
    }

    public static CodeHolder FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith(TeacherPrefix, StringComparison.Ordinal)
            ? Teacher(key[TeacherPrefix.Length..])
            : Student(StudentCode.Parse(key));
    }

    public override string ToString() => Key;
}
