using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>A gradebook file is checked and previewed: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingFile(string FileName) : FlowState;
