using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Resolves an incident and runs its element again, synchronously, so the administrator sees the outcome at once.</summary>
    public async Task<RuntimeResult<Guid>> RetryIncidentAsync(Guid incidentId, Actor actor, CancellationToken ct = default)
    {
        try
        {
            await using var session = await store.OpenAsync(ct);
            var incident = await session.FindIncidentAsync(incidentId, ct);
            if (incident is null)
            {
                return RuntimeResult<Guid>.NotFound($"Incident {incidentId} does not exist.", "incident.notFound", new { incidentId });
            }

            if (incident.ResolvedAt is not null)
            {
                return RuntimeResult<Guid>.Conflict($"Incident {incidentId} was already resolved.", "incident.resolved", new { incidentId });
            }

            var (instance, model) = await LoadAsync(session, incident.InstanceId, ct);
            var token = instance?.Tokens.Find(t => t.Id == incident.TokenId && t.Status == TokenStatus.Failed);
            if (instance is null || model is null || token is null)
            {
                return RuntimeResult<Guid>.Conflict($"Incident {incidentId} no longer holds a token.", "incident.noToken", new { incidentId });
            }

            await steps.CommitAsync(session, instance, model, actor, FailureMode.Incident, async step =>
            {
                var node = model.Node(token.ElementId);
                await step.ResolveIncidentsOfAsync(token.Id);
                step.Journal(node, JournalEvents.IncidentResolved, token);
                await step.ActivateAsync(step.Update(token, TokenStatus.Waiting), node);
            });
            return RuntimeResult<Guid>.Ok(incident.InstanceId);
        }
        catch (ConcurrencyConflictException)
        {
            return RuntimeResult<Guid>.Conflict($"The instance of incident {incidentId} changed at the same time; try again.", "incident.changedConcurrently", new { incidentId });
        }
    }

    /// <summary>Ends an active instance: every token, task, timer and subscription goes, and the journal says who did it.</summary>
    public async Task<RuntimeResult<Guid>> CancelInstanceAsync(Guid instanceId, Actor actor, string? reason, CancellationToken ct = default)
    {
        try
        {
            await using var session = await store.OpenAsync(ct);
            var (instance, model) = await LoadAsync(session, instanceId, ct);
            if (instance is null || model is null)
            {
                return RuntimeResult<Guid>.NotFound($"Instance {instanceId} does not exist.", "instance.notFound", new { instanceId });
            }

            if (instance.Status != InstanceStatus.Active)
            {
                return RuntimeResult<Guid>.Conflict($"Instance {instanceId} is already {instance.Status.ToString().ToLowerInvariant()}.", "instance.notActive", new { instanceId });
            }

            await steps.CommitAsync(session, instance, model, actor, FailureMode.Incident, async step =>
            {
                foreach (var token in instance.Tokens.Where(t => t.ParentId is null).ToArray())
                {
                    await step.TerminateAsync(token);
                }

                await step.RemoveBookmarksOfAsync(StepContext.ProcessScopeTokenId);
                step.CompleteInstance(InstanceStatus.Cancelled, JournalEvents.Cancelled);
                if (reason is not null)
                {
                    step.Journal(model.Key, JournalEvents.ProcessElementType, "CancellationReason", data: new JsonObject { ["reason"] = reason });
                }
            });
            return RuntimeResult<Guid>.Ok(instanceId);
        }
        catch (ConcurrencyConflictException)
        {
            return RuntimeResult<Guid>.Conflict($"Instance {instanceId} changed at the same time; try again.", "instance.changedConcurrently", new { instanceId });
        }
    }

    /// <summary>Sets variables on an active instance (an administrator fixing the data behind an incident before retrying it).</summary>
    public async Task<RuntimeResult<Guid>> SetVariablesAsync(Guid instanceId, JsonObject variables, Actor actor, CancellationToken ct = default)
    {
        try
        {
            await using var session = await store.OpenAsync(ct);
            var (instance, model) = await LoadAsync(session, instanceId, ct);
            if (instance is null || model is null)
            {
                return RuntimeResult<Guid>.NotFound($"Instance {instanceId} does not exist.", "instance.notFound", new { instanceId });
            }

            await steps.CommitAsync(session, instance, model, actor, FailureMode.Incident, step =>
            {
                step.MergeVariables(variables);
                step.Journal(model.Key, JournalEvents.ProcessElementType, "VariablesSet", data: variables.DeepClone());
                return Task.CompletedTask;
            });
            return RuntimeResult<Guid>.Ok(instanceId);
        }
        catch (ConcurrencyConflictException)
        {
            return RuntimeResult<Guid>.Conflict($"Instance {instanceId} changed at the same time; try again.", "instance.changedConcurrently", new { instanceId });
        }
    }
}
