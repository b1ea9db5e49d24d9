namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/renluyen for a parent: the training result of each term and the teachers' remarks.</summary>
public interface IConductTexts
{
    string Heading { get; }

    string NotAssessed { get; }

    string NoRemarks { get; }

    string RemarksHeading { get; }
}
