namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>
/// What a channel can carry, declared once by the channel; <see cref="ReplyFitting"/> adapts every
/// reply to it the same way, so no channel re-implements the rest.
/// </summary>
/// <param name="ShowsButtons">Draws buttons under a message (Telegram); otherwise choices are listed with their keys.</param>
/// <param name="SharesPhone">Has a "share my phone" button (Telegram; the local chat's <c>/sdt</c>); otherwise a note on how to verify instead.</param>
/// <param name="SendsDocuments">Delivers a file (Telegram; the local chat saves it); otherwise a note where to get it.</param>
/// <param name="MaxMessageLength">Longer text is sent in pieces, cut at line breaks where it can.</param>
public sealed record ChannelCapabilities(bool ShowsButtons, bool SharesPhone, bool SendsDocuments, int MaxMessageLength);
