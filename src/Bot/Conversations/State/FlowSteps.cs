using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>A flow step's record type and the stable name it is saved under ("leave.text").</summary>
public sealed record FlowStep(Type Type, string Name);

/// <summary>
/// Every flow step the features registered (<see cref="FlowStepServiceCollectionExtensions.AddFlowStep{T}"/>),
/// and the JSON they are saved in with the chat's state: the step's name in <c>$step</c>, so a restart
/// mid-flow continues, and a step a newer release no longer knows is dropped rather than misread.
/// No central list: a feature names its own steps where it registers its handler.
/// </summary>
public sealed class FlowSteps
{
    public FlowSteps(IEnumerable<FlowStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var registered = steps.ToList();
        var clash = registered.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null) throw new InvalidOperationException($"two flow steps are named \"{clash.Key}\"");
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type != typeof(FlowState)) return;
            info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$step" };
            foreach (var step in registered) info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(step.Type, step.Name));
        });
        Json = new JsonSerializerOptions { TypeInfoResolver = resolver };
        foreach (var converter in FlowValueConverters.All) Json.Converters.Add(converter);
    }

    public JsonSerializerOptions Json { get; }

    public string Write(FlowState step) => JsonSerializer.Serialize(step, Json);

    /// <summary>The step saved, or null when this release does not know it (or it no longer reads).</summary>
    public FlowState? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FlowState>(json, Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
