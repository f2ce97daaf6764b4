using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// What a script task produced: its completion value (for <c>camunda:resultVariable</c>) and the variables it set
/// through <c>execution.setVariable</c>, which the interpreter writes back only if the whole step commits.
/// </summary>
public sealed record ScriptResult(JsonNode? Value, JsonObject SetVariables);
