using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;

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

    /// <summary>
    /// Puts an element's results on the instance: through its output parameters when it has any (evaluated over the
    /// variables plus the results), else every result as is.
    /// </summary>
    public static void ApplyOutputs(StepContext step, IReadOnlyList<IoParameter> outputs, JsonObject? results)
    {
        if (outputs.Count == 0)
        {
            step.MergeVariables(results);
            return;
        }

        var scope = step.Variables.DeepClone().AsObject();
        foreach (var (name, value) in results ?? [])
        {
            scope[name] = value?.DeepClone();
        }

        foreach (var output in outputs)
        {
            step.Variables[output.Name] = Evaluate(step.Expressions, output.Expression, scope);
        }
    }
}
