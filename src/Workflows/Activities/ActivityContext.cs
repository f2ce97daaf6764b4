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
    /// <summary>An input, falling back to the instance variable of the same name.</summary>
    public JsonNode? Get(string name) => Inputs.TryGetPropertyValue(name, out var value) ? value : Variables[name];

    public string? GetString(string name) => Get(name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : Get(name)?.ToString();
}
