using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// Evaluates the JavaScript found in BPMN definitions (conditions, <c>${...}</c> texts, script tasks) against an
/// instance's variables. Every failure, whatever its cause, surfaces as an <see cref="ExpressionException"/> so the
/// interpreter can turn it into an incident on the element instead of failing the whole step.
/// </summary>
public interface IExpressionEvaluator
{
    /// <summary>
    /// Evaluates a JavaScript expression, written bare or wrapped once in <c>${ ... }</c>. Returns the value as JSON,
    /// <see langword="null"/> for <c>undefined</c> and <c>null</c>.
    /// </summary>
    JsonNode? Evaluate(string expression, JsonObject variables);

    /// <summary>Evaluates a condition with JavaScript truthiness (<c>0</c>, <c>""</c>, <c>null</c>, <c>undefined</c> and <c>NaN</c> are false).</summary>
    bool EvaluateCondition(string expression, JsonObject variables);

    /// <summary>
    /// A text without <c>${</c> is returned as it is; a text that is one <c>${ ... }</c> gives its value as a string
    /// (<see langword="null"/> stays <see langword="null"/>); a text with <c>${ ... }</c> parts inside other text is a
    /// template whose parts are evaluated and spliced in (a <see langword="null"/> part becomes empty).
    /// </summary>
    string? EvaluateText(string text, JsonObject variables);

    /// <summary>
    /// Runs a script task. Variables are readable as globals; <c>execution.getVariable(name)</c> and
    /// <c>execution.setVariable(name, value)</c> read and write them. Returns the completion value and the
    /// variables set through <c>setVariable</c>; assigning to a global does not change a variable.
    /// </summary>
    ScriptResult RunScript(string script, JsonObject variables);
}
