using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Choices;
using SoLienLac.Bot.Conversations.Texts;

namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>A reply as a channel can carry it: what it cannot draw written into the text, in pieces of the length it takes.</summary>
public static class ReplyFitting
{
    public static IReadOnlyList<string> Pieces(Reply reply, ChannelCapabilities can, Catalogue texts)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(can);
        ArgumentNullException.ThrowIfNull(texts);
        var text = new StringBuilder(reply.Text);
        var choices = can.ShowsButtons ? [] : ChoiceKeys.Listed(reply).ToList();
        if (choices.Count > 0)
        {
            text.Append("\n\n").Append(ChoiceKeys.IsNumber(choices[0].Key) ? texts.Channel.AnswerWithNumber : texts.Channel.AnswerWithLetter);
            foreach (var (key, label) in choices) text.Append(CultureInfo.InvariantCulture, $"\n{key}. {label}");
        }
        if (reply.AsksForPhone && !can.SharesPhone) text.Append("\n\n").Append(texts.Channel.NoPhoneOnZalo);
        if (reply.Document is { } document && !can.SendsDocuments) text.Append("\n\n").Append(texts.Channel.NoDocumentOnZalo(document.FileName));
        return MessageSplitter.Split(text.ToString(), can.MaxMessageLength);
    }
}
