using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Activities;

/// <summary>
/// What a handler sees: its evaluated inputs, a read-only copy of the instance's variables, and the step's transaction.
/// Handlers get ids and values, never the engine's entities, so they cannot corrupt an instance.
/// </summary>
public sealed record ActivityContext(
    Guid InstanceId,
    string ProcessKey,
    string? BusinessKey,
    string ElementId,
    JsonObject Inputs,
    JsonObject Variables,
    DateTimeOffset Now,
    IStepTransaction Transaction,
    IServiceProvider Services,
    CancellationToken CancellationToken)
{
    /// <summary>
    /// Names this execution of the element within its instance: the journal position when the element was reached. A
    /// retried step starts again from the same committed instance, so it gets the same number; any later execution (a
    /// loop back, the next firing of a timer cycle) comes after more journal entries and gets a greater one. A handler
    /// with an effect it must not repeat keys that effect on (<see cref="InstanceId"/>, this). Null outside the engine.
    /// </summary>
    public int? ExecutionSequence { get; init; }

    /// <summary>An input, falling back to the instance variable of the same name.</summary>
    public JsonNode? Get(string name) => Inputs.TryGetPropertyValue(name, out var value) ? value : Variables[name];

    public string? GetString(string name) => Get(name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : Get(name)?.ToString();
}
