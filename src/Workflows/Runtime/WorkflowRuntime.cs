using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// The engine's commands. Each runs one step in one transaction: load the instance, run to the next wait state,
/// commit, and only then hand new timers and jobs to the scheduler (<see cref="StepRunner"/>). Callers get typed
/// results, never exceptions for expected outcomes.
/// </summary>
public sealed partial class WorkflowRuntime(
    IWorkflowStore store,
    IDefinitionRepository definitions,
    ModelCache models,
    StepRunner steps,
    IExpressionEvaluator expressions,
    IWorkflowQueries queries,
    TimeProvider time,
    ILogger<WorkflowRuntime> logger)
{
    private TimeProvider Time => time;

    private async Task<(ProcessInstance? Instance, ProcessModel? Model)> LoadAsync(IWorkflowSession session, Guid instanceId, CancellationToken ct)
    {
        var instance = await session.FindInstanceAsync(instanceId, ct);
        if (instance is null)
        {
            return (null, null);
        }

        return (instance, await models.GetAsync(instance.DefinitionId, ct));
    }

    private static JsonObject? Clone(JsonObject? variables) => variables?.DeepClone().AsObject();
}
