namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>What a channel adds to a reply in the reply's language: the phone button, keys for buttons it cannot draw, notes.</summary>
public interface IChannelTexts
{
    string SharePhoneButton { get; }

    /// <summary>Above a conversation's numbered choices ("1", "2").</summary>
    string AnswerWithNumber { get; }

    /// <summary>Above the lettered choices of a message the bot sent on its own ("A", "B").</summary>
    string AnswerWithLetter { get; }

    /// <summary>Zalo cannot share a phone: where Telegram shows the button, this note.</summary>
    string NoPhoneOnZalo { get; }

    /// <summary>Zalo gets no documents: where Telegram sends the file, this note.</summary>
    string NoDocumentOnZalo(string fileName);
}
