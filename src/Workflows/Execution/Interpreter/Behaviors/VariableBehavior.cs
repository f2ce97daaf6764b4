using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class VariableBehavior(StepContext step) : IVariableBehavior
{
    public JsonObject ScopeFor(Token? token) => step.ScopeFor(token);

    public void Set(Token? token, JsonObject? variables) => step.SetVariables(token, variables);

    public void Set(Token? token, string name, JsonNode? value) => step.SetVariable(token, name, value);

    public Token SetLocals(Token token, JsonObject locals) => step.SetLocals(token, locals);

    public void Merge(JsonObject? variables) => step.MergeVariables(variables);

    public Token? Parent(Token token) => step.Parent(token);
}
