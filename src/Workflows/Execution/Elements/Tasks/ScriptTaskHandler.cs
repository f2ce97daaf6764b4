using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>Runs the script in the sandbox; a script over its limits fails the element (an incident), never the host.</summary>
public sealed class ScriptTaskHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context)
    {
        var step = context.Step;
        var node = context.NodeAs<ScriptTask>();
        var result = step.Expressions.RunScript(node.Script, step.VariablesOf(context.Token));
        step.MergeVariables(result.SetVariables);
        if (node.ResultVariable is { } name)
        {
            step.Variables[name] = result.Value?.DeepClone();
        }

        return step.LeaveAsync(context.Token, node);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on script task '{context.Node.Id}'.");
}
