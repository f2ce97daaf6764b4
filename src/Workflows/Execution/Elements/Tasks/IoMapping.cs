using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Expressions;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>Input and output parameters: <c>${...}</c> is evaluated against the given scope, anything else is a literal string.</summary>
internal static class IoMapping
{
    public static JsonNode? Evaluate(IExpressionEvaluator expressions, string expression, JsonObject scope)
    {
        var trimmed = expression.Trim();
        return trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}')
            ? expressions.Evaluate(trimmed, scope)
            : JsonValue.Create(expression);
    }
}
