using System.Text;
using SoLienLac.Bot.Conversations.Routing;

namespace SoLienLac.Bot.Conversations.Help;

/// <summary>/trogiup: the commands this person can use, always answered, in any flow.</summary>
public sealed class HelpHandler(Lazy<CommandRouter> router) : ICommandHandler
{
    public CommandInfo Info { get; } = new("trogiup", "help", Audience.Everyone, "Hướng dẫn và danh sách lệnh", "Help and the list of commands")
    {
        Phrases = ["tro giup", "huong dan", "giup", "help", "menu", "xin chao", "chao"],
        EndsFlow = false,
        Interrupts = ["tro giup", "huong dan", "help"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var isParent = turn.Children.Count > 0;
        var isTeacher = turn.Teacher is not null;
        var texts = turn.Texts.Chat;
        var text = new StringBuilder(texts.HelpTitle).Append('\n');
        var who = (isParent ? Audience.Parent : 0) | (isTeacher ? Audience.Teacher : 0);
        if (who == 0) who = Audience.Guest;
        foreach (var info in router.Value.Handlers.Select(h => h.Info).Where(i => i.InMenu && (i.Audience & who) != 0))
            text.AppendLine(texts.HelpLine(info));
        text.Append('\n').AppendLine(!isParent && !isTeacher ? texts.HelpNotVerified : texts.HelpFreeText);
        if (turn.State.Flow is not null) text.AppendLine(texts.HelpInFlow);
        // The way to write to the school is one press away for a parent.
        turn.Say(new Messages.Reply(text.ToString().TrimEnd())
        {
            Buttons = isParent ? [[new Messages.ReplyButton(turn.Texts.Talk.MessageTeacherButton, "/nhangv")]] : [],
        });
        return Task.CompletedTask;
    }
}
