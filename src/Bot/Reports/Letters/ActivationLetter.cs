namespace SoLienLac.Bot.Reports.Letters;

/// <summary>
/// What one letter says: to a family (the child, the class) or to a teacher (their assignments), the
/// code, and where the deep link points (if the bot's name is known).
/// </summary>
public sealed record ActivationLetter(string HolderCode, string FullName, string ClassName, string Code, DateOnly ExpiresOn, Uri? TelegramLink)
{
    /// <summary>A teacher's letter: <see cref="ClassName"/> holds what they are assigned.</summary>
    public bool IsTeacher { get; init; }

    public static ActivationLetter ForFamily(string studentCode, string fullName, string className) =>
        new(studentCode, fullName, className, "", default, null);

    public static ActivationLetter ForTeacher(string teacherCode, string fullName, string duties) =>
        new(teacherCode, fullName, duties, "", default, null) { IsTeacher = true };
}
