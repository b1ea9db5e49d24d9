namespace SoLienLac.Bot.Conversations;

/// <summary>One chat's last minute, as <see cref="FloodGate"/> keeps it (under its lock).</summary>
internal sealed class FloodWindow
{
    /// <summary>When each message answered in the last minute came, oldest first.</summary>
    public Queue<DateTimeOffset> Answered { get; } = new();

    /// <summary>Told it writes too fast: nothing is answered before then.</summary>
    public DateTimeOffset QuietUntil { get; set; } = DateTimeOffset.MinValue;
}
