namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>The <c>Privacy</c> section: the consent text a school shows its parents.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// A file holding the school's own consent text in Vietnamese (start from
    /// <c>assets/consent/consent-vi.txt</c>); none: that default. <c>{school}</c>, <c>{platform}</c>
    /// and <c>{where}</c> are filled in for each chat. A changed text is asked again of every parent
    /// before their next record.
    /// </summary>
    public string? ConsentFile { get; set; }

    /// <summary>The same in English, for parents who chose English (default <c>assets/consent/consent-en.txt</c>).</summary>
    public string? ConsentFileEnglish { get; set; }

    /// <summary>How long the school has to carry out a parent's erasure request (<c>/xoadulieu</c>) before the bot does it itself.</summary>
    public TimeSpan ErasureWithin { get; set; } = TimeSpan.FromHours(72);
}
