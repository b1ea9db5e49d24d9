namespace SoLienLac.Bot.Conversations.State;

/// <summary>
/// Where a chat is in a multi-step flow. Each flow's steps are records deriving from this one, saved
/// per chat (as JSON with the step's name) so a restart mid-flow picks up where it was. A feature
/// registers its own steps with their stable names (<see cref="FlowStepServiceCollectionExtensions.AddFlowStep{T}"/>).
/// </summary>
public abstract record FlowState;
