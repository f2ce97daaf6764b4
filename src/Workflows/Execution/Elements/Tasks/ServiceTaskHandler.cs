using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Service and send tasks (and message throw events with an implementation, through <see cref="CallAsync"/>).
/// Calls the activity registered for the topic inside a savepoint: if the activity throws, its writes are undone and
/// the step records an incident (or, in a job, the whole step is retried) with the rest of the step intact.
/// </summary>
public sealed class ServiceTaskHandler(ActivityRegistry activities) : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        await CallAsync(context, (ITopicTask)context.Node);
        await context.Tokens.LeaveAsync(context.Token, context.Node);
    }

    /// <summary>Runs the topic's activity for the context's element and applies its outputs; the caller moves the token on.</summary>
    public async Task CallAsync(ElementContext context, ITopicTask task)
    {
        var node = context.Node;
        var activity = activities.Find(task.Topic)
            ?? throw new IncidentException(IncidentCodes.HandlerMissing.Cause(
                $"Expected an activity handler for topic '{task.Topic}' of {node.ElementType} '{node.Id}', but none is registered.", task.Topic));

        var scope = context.Variables.ScopeFor(context.Token);
        var inputs = new JsonObject();
        foreach (var input in task.Inputs)
        {
            inputs[input.Name] = IoMapping.Evaluate(context.Expressions, input, scope);
        }

        // A copy: the activity gets values, never the instance's own variables.
        var result = await context.Activities.ExecuteAsync(activity, context.Token, node, inputs, scope.DeepClone().AsObject());
        IoMapping.ApplyOutputs(context, task.Outputs, result.Variables);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on {context.Node.ElementType} '{context.Node.Id}'.");
}
