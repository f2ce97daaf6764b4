using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Input and output parameters: <c>${...}</c> is evaluated against the given scope, a script is run and gives its
/// completion value, text with <c>${...}</c> parts inside is a template, anything else is a literal string.
/// </summary>
internal static class IoMapping
{
    public static JsonNode? Evaluate(IExpressionEvaluator expressions, IoParameter parameter, JsonObject scope)
    {
        if (parameter.IsScript)
            return expressions.RunScript(parameter.Expression, scope).Value;
        var trimmed = parameter.Expression.Trim();
        if (!ExpressionText.HasPlaceholder(trimmed))
            return JsonValue.Create(parameter.Expression);
        // One ${...} keeps its value's type (a number stays a number); text around it makes a template, as in Camunda.
        return ExpressionText.TryUnwrap(trimmed, out _)
            ? expressions.Evaluate(trimmed, scope)
            : JsonValue.Create(expressions.EvaluateText(trimmed, scope));
    }

    /// <summary>
    /// An activity's input parameters, in order, each seeing the ones before it (as in Camunda 7, where each becomes
    /// a local variable as soon as it is set).
    /// </summary>
    public static JsonObject EvaluateInputs(ElementContext context, IReadOnlyList<IoParameter> inputs)
    {
        var scope = context.Variables.ScopeFor(context.Token).DeepClone().AsObject();
        var locals = new JsonObject();
        foreach (var input in inputs)
        {
            var value = Evaluate(context.Expressions, input, scope);
            scope[input.Name] = value?.DeepClone();
            locals[input.Name] = value;
        }

        return locals;
    }

    /// <summary>
    /// Puts an element's results where they belong: through its output parameters when it has any (evaluated over
    /// the element's scope plus the results, written to the enclosing scope), else every result as is, through the
    /// element's own scope (a name held locally stays local). The element is the context's token.
    /// </summary>
    public static void ApplyOutputs(ElementContext context, IReadOnlyList<IoParameter> outputs, JsonObject? results)
    {
        var variables = context.Variables;
        var token = context.Token;
        if (outputs.Count == 0)
        {
            variables.Set(token, results);
            return;
        }

        var scope = variables.ScopeFor(token).DeepClone().AsObject();
        foreach (var (name, value) in results ?? [])
        {
            scope[name] = value?.DeepClone();
        }

        var parent = variables.Parent(token);
        foreach (var output in outputs)
        {
            variables.Set(parent, output.Name, Evaluate(context.Expressions, output, scope));
        }
    }
}
