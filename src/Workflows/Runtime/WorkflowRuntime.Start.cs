using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Starts the published version of a process at its none start event and runs it to its first wait state.</summary>
    public async Task<RuntimeResult<StartedInstance>> StartAsync(
        string processKey, string? businessKey, JsonObject? variables, Actor actor, CancellationToken ct = default) =>
        await StartAsync(processKey, businessKey, variables, actor, ct, uniqueKey: null);

    private async Task<RuntimeResult<StartedInstance>> StartAsync(
        string processKey, string? businessKey, JsonObject? variables, Actor actor, CancellationToken ct, string? uniqueKey, IStepParticipant? participant = null)
    {
        var definition = await definitions.PublishedAsync(processKey, ct);
        if (definition is null)
        {
            return RuntimeResult<StartedInstance>.NotFound($"Expected a published version of process '{processKey}', but there is none.", "process.noPublishedVersion", new { processKey });
        }

        var model = await models.GetAsync(definition.Id, ct);
        if (model?.NoneStartEvent is not { } start)
        {
            return RuntimeResult<StartedInstance>.Invalid($"Expected process '{processKey}' to have a none start event, but it starts only by message.", "process.startsByMessage", new { processKey });
        }

        return await StartAtAsync(definition, model, start, businessKey, variables, trigger: null, actor, ct, uniqueKey, participant: participant);
    }

    private async Task<RuntimeResult<StartedInstance>> StartAtAsync(
        ProcessDefinition definition,
        ProcessModel model,
        StartEvent start,
        string? businessKey,
        JsonObject? variables,
        JsonObject? trigger,
        Actor actor,
        CancellationToken ct,
        string? uniqueKey = null,
        IWorkflowSession? inSession = null,
        IStepParticipant? participant = null)
    {
        if (inSession is not null)
        {
            // A timer start passes its own session: removing the fired slot commits with the instance, or neither does.
            return await StartInAsync(inSession, definition, model, start, businessKey, variables, trigger, actor, ct, uniqueKey, participant);
        }

        // A new instance cannot be changed by anyone else, but what its first step reads can (a buffered message another
        // start consumed, the caller's case a participant read): a fresh instance per attempt, and the participant runs
        // again from the start on what the other writer committed.
        return await RetryOnConflictAsync(
            session => StartInAsync(session, definition, model, start, businessKey, variables, trigger, actor, ct, uniqueKey, participant), ct);
    }

    private async Task<RuntimeResult<StartedInstance>> StartInAsync(
        IWorkflowSession session,
        ProcessDefinition definition,
        ProcessModel model,
        StartEvent start,
        string? businessKey,
        JsonObject? variables,
        JsonObject? trigger,
        Actor actor,
        CancellationToken ct,
        string? uniqueKey,
        IStepParticipant? participant)
    {
        var instance = new ProcessInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = definition.Id,
            ProcessKey = definition.Key,
            ProcessVersion = definition.Version,
            BusinessKey = businessKey,
            UniqueKey = uniqueKey,
            Variables = Clone(variables) ?? [],
            StartedAt = Time.GetUtcNow(),
            StartedBy = actor.Id,
        };

        if (participant is not null && !await participant.BeforeStepAsync(session.Transaction, ct))
        {
            return RuntimeResult<StartedInstance>.Conflict(
                $"Expected the caller's writes to accept starting process '{definition.Key}', but they refused it.", "process.startRefused", new { processKey = definition.Key });
        }

        session.Add(instance);
        await steps.CommitAsync(session, instance, model, actor, FailureMode.Incident, async step =>
        {
            step.JournalProcess(JournalEvents.Activated);
            await step.ArmEventSubProcessesAsync(scopeTokenId: null, scopeElementId: null);
            var token = step.NewToken(start.Id, parentId: null);
            step.Arrive(token, start, trigger ?? []);
        }, loadedBookmarks: [], participant);
        return RuntimeResult<StartedInstance>.Ok(new StartedInstance(instance.Id, definition.Id, businessKey));
    }
}
