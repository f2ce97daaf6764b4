using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>Call activities: a child instance started and run in the same transaction.</summary>
public interface ICallBehavior
{
    /// <summary>
    /// Starts <paramref name="definition"/> as a child of the token, which waits for it, and runs the child to its
    /// first wait state. Returns the child's variables when it has already completed, else null (its end, errors and
    /// cancellation then reach the call activity through the interpreter).
    /// </summary>
    Task<JsonObject?> StartAsync(
        Token token, FlowNode node, ProcessDefinition definition, ProcessModel model, StartEvent start, string? businessKey, JsonObject variables);
}
