using SoLienLac.Domain.Settings;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/caidat: a parent's notification settings and their buttons.</summary>
public interface ISettingsTexts
{
    string NotUnderstood { get; }

    string Describe(ParentSettings settings, bool saved);

    string ScoresNowButton { get; }

    string ScoresWeeklyButton { get; }

    string ScoresOffButton { get; }

    string WeeklyOnButton { get; }

    string WeeklyOffButton { get; }
}
