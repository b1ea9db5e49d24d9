using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Verify;

/// <summary>
/// The payload of a <c>t.me/&lt;bot&gt;?start=HS0012_7KQ4M2XP</c> link printed on the school's
/// letter: the student code and the activation code, so the parent links in one step.
/// </summary>
public static class DeepLink
{
    /// <summary>"HS0012_7KQ4M2XP" for a family's letter, "GV003_…" for a teacher's.</summary>
    public static string Payload(string holderCode, string code) =>
        $"{holderCode}_{Domain.Links.ActivationCode.Normalize(code)}";

    public static bool TryParse(string? arguments, out StudentCode student, out string code)
    {
        student = default;
        code = "";
        var text = arguments?.Trim();
        var cut = text?.LastIndexOf('_') ?? -1;
        if (text is null || cut <= 0 || cut == text.Length - 1) return false;
        if (!StudentCode.TryParse(text[..cut], out student)) return false;
        code = text[(cut + 1)..];
        return true;
    }
}
