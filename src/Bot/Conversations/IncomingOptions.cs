using System.ComponentModel.DataAnnotations;

namespace SoLienLac.Bot.Conversations;

/// <summary>The <c>Incoming</c> section: how much one chat may ask of the bot.</summary>
public sealed class IncomingOptions
{
    public const string Section = "Incoming";

    /// <summary>
    /// Messages (and button presses) a chat may send in any minute and be answered. 20 is one every three
    /// seconds, more than a teacher pressing through a roll call; a script flooding the bot meets it at once.
    /// </summary>
    [Range(1, 1000)]
    public int MessagesPerMinute { get; set; } = 20;
}
