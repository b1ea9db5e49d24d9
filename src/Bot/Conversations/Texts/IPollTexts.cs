using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>Polls and permission slips: asked by a teacher, answered by families with a button per option.</summary>
public interface IPollTexts
{
    string Usage { get; }

    string Audience(ClassName? className);

    string Created(Poll poll, int families, int children, string? closes);

    string ForParent(Poll poll, string teacherName, Student child, string? closes, bool reminder);

    string Answered(Poll poll, int choice, Student child, string? closes);

    string Closed(Poll poll);

    string NotFound { get; }

    string Ambiguous { get; }

    string NotYourChild { get; }

    string None { get; }

    string Heading { get; }

    /// <summary>A poll in the list: its counts, and the first of the children not answered (<paramref name="missing"/>, of <paramref name="missingCount"/>).</summary>
    string Line(Poll poll, IReadOnlyList<int> counts, int answered, int children, IReadOnlyList<string> missing, int missingCount, bool open);

    string Tally(Poll poll, IReadOnlyList<int> counts, int answered, int children, IReadOnlyList<string> missing, bool open);

    string ViewButton { get; }

    string RemindButton { get; }

    string CloseButton { get; }

    string Reminded(int families);

    string NobodyToRemind { get; }

    string ClosedNow(Poll poll);

    string NoClass(string className);
}
