using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>Runs the script in the sandbox; a script over its limits fails the element (an incident), never the host.</summary>
public sealed class ScriptTaskHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context)
    {
        var node = context.NodeAs<ScriptTask>();
        var result = context.Expressions.RunScript(node.Script, context.Variables.ScopeFor(context.Token));
        context.Variables.Set(context.Token, result.SetVariables);
        if (node.ResultVariable is { } name)
        {
            context.Variables.Set(context.Token, name, result.Value);
        }

        if (node.Outputs.Count > 0)
        {
            IoMapping.ApplyOutputs(context, node.Outputs, results: null);
        }

        return context.Tokens.LeaveAsync(context.Token, node);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on script task '{context.Node.Id}'.");
}
