namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>Something the bot put in front of a user: a text or a photo.</summary>
/// <param name="Method"><c>sendMessage</c> or <c>sendPhoto</c>.</param>
/// <param name="Text">The text, or the caption of a photo.</param>
/// <param name="Photo">The photo URL, for sendPhoto.</param>
public sealed record ZaloSentMessage(string ChatId, string MessageId, string Method, string? Text, string? Photo = null)
{
    public override string ToString() => $"{MessageId} {Method} \"{Text}\"{(Photo is null ? "" : $" [{Photo}]")}";
}
