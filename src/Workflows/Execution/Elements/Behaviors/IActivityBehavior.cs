using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>Runs an <see cref="IActivityHandler"/> (a service task's topic) in the step's transaction.</summary>
public interface IActivityBehavior
{
    /// <summary>
    /// Calls the activity inside a savepoint: if it throws, its writes are undone and the exception goes on (an
    /// incident, or in a job a retry) with the rest of the step intact.
    /// </summary>
    Task<ActivityResult> ExecuteAsync(IActivityHandler activity, Token token, FlowNode node, JsonObject inputs, JsonObject variables);
}
