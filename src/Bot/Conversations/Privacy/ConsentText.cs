using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>
/// The consent text as a chat is shown it — the school's file or the default, with the school's name,
/// the chat's platform and where its servers are — and its version: a hash of exactly that text, so
/// a consent proves what was read, and any change to it (the file, the school's name) asks again.
/// </summary>
public sealed class ConsentText
{
    private readonly string _school;
    private readonly Dictionary<string, string> _templates;

    /// <summary>The text and version by language and channel: asked at every parent question, made once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Language, string Channel, string School), (string Text, string Version)> _made = new();

    public ConsentText(IOptions<PrivacyOptions> options, IOptions<SchoolOptions> school)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(school);
        _school = school.Value.Name;
        _templates = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Languages.Vietnamese] = Load(options.Value.ConsentFile, "vi"),
            [Languages.English] = Load(options.Value.ConsentFileEnglish, "en"),
        };
    }

    /// <summary>
    /// The text for this chat in this language, and its version, naming the schools that process the
    /// data (those of the chat's children, in a store of many schools; the school of the settings otherwise).
    /// A parent whose child of another school is linked is asked again: that school is named now.
    /// </summary>
    public (string Text, string Version) For(Catalogue texts, ChatAddress chat, string? schools = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return _made.GetOrAdd((texts.Language, chat.Channel, schools ?? _school), key => Make(texts, chat, key.School));
    }

    private (string Text, string Version) Make(Catalogue texts, ChatAddress chat, string school)
    {
        var template = _templates.GetValueOrDefault(texts.Language) ?? _templates[Languages.Vietnamese];
        var words = texts.Privacy;
        var text = template.Replace("{school}", school, StringComparison.Ordinal)
            .Replace("{platform}", words.Platform(chat.Channel), StringComparison.Ordinal)
            .Replace("{where}", words.WhereServersAre(chat.Channel), StringComparison.Ordinal).Trim();
        return (text, VersionOf(text));
    }

    /// <summary>The first 16 hex digits of the text's SHA-256.</summary>
    public static string VersionOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))))[..16];

    private static string Load(string? file, string language)
    {
        if (!string.IsNullOrWhiteSpace(file))
        {
            try
            {
                return File.ReadAllText(file, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"Privacy:ConsentFile{(language == "en" ? "English" : "")} = {file}: the consent text cannot be read ({e.Message})", e);
            }
        }
        using var stream = typeof(ConsentText).Assembly.GetManifestResourceStream($"SoLienLac.Bot.Consent.consent-{language}.txt")
            ?? throw new InvalidOperationException($"The default consent text ({language}) is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
