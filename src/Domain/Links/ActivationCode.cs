using System.Security.Cryptography;
using System.Text;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Links;

/// <summary>
/// A one-time code the school prints for a family (for guardians with no phone on record, or on
/// Zalo, which cannot share phones), or for a teacher who links on Zalo. Only a salted hash is
/// stored; the code is shown once.
/// </summary>
public sealed record ActivationCode(CodeHolder Holder, string Salt, string Hash, DateOnly ExpiresOn, DateTimeOffset? UsedAt, string? UsedBy)
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Iterations = 20_000;

    /// <summary>
    /// A code nobody holds, checked in place of a missing one: every attempt costs the same two
    /// slow hashes, so timing tells nothing about which student or teacher codes exist.
    /// </summary>
    public static readonly ActivationCode Decoy = Issue(CodeHolder.Teacher("DECOY"), DateOnly.MinValue).Record;

    public bool IsUsable(DateOnly today) => UsedAt is null && today <= ExpiresOn;

    /// <summary>A fresh code, "7KQ4-M2XP", and the record that keeps only its hash.</summary>
    public static (string Code, ActivationCode Record) Issue(StudentCode student, DateOnly expiresOn) =>
        Issue(CodeHolder.Student(student), expiresOn);

    /// <summary>A fresh code for a student's family or for a teacher.</summary>
    public static (string Code, ActivationCode Record) Issue(CodeHolder holder, DateOnly expiresOn)
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        var code = $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        return (code, new ActivationCode(holder, salt, HashOf(code, salt), expiresOn, null, null));
    }

    public bool Matches(string typed) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromHexString(Hash), Convert.FromHexString(HashOf(typed, Salt)));

    /// <summary>Eight letters and digits of the code's alphabet: what a parent typing a code sends.</summary>
    public static bool LooksLikeCode(string text)
    {
        var normalized = Normalize(text ?? "");
        return normalized.Length == 8 && normalized.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
    }

    public ActivationCode UseBy(string chat, DateTimeOffset at) => this with { UsedAt = at, UsedBy = chat };

    /// <summary>Case, spaces and dashes do not matter: "7kq4 m2xp" is "7KQ4-M2XP".</summary>
    public static string Normalize(string code) =>
        new(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string HashOf(string code, string salt) =>
        Convert.ToHexString(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), Convert.FromHexString(salt),
            Iterations, HashAlgorithmName.SHA256, 32));
}
