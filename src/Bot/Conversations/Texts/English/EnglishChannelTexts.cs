namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishChannelTexts : IChannelTexts
{
    public string SharePhoneButton => "📱 Share my phone number";

    public string AnswerWithNumber => "Answer with a number:";

    public string AnswerWithLetter => "Answer with a letter:";

    public string NoPhoneOnZalo => "(On Zalo, parents and teachers verify with the activation code on the school's letter.)";

    public string NoDocumentOnZalo(string fileName) => $"(The file {fileName} can only be sent on Telegram; teachers can print it from a school computer.)";
}
