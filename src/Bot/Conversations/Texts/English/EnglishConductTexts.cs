namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishConductTexts : IConductTexts
{
    public string Heading => "🏅 Conduct";

    public string NotAssessed => "not assessed yet";

    public string NoRemarks => "No remarks from teachers yet.";

    public string RemarksHeading => "Teachers' remarks:";
}
