using System.Data.Common;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Starts the process for <paramref name="businessKey"/> unless an instance was already started once for it, and
    /// answers with that instance either way. Two racing calls (two requests, two nodes) both get the one instance: the
    /// loser's insert hits the unique index on <c>UniqueKey</c>, its whole step rolls back, and it finds the winner's
    /// instance, committed by then (PostgreSQL makes the loser's insert wait for the winner's commit; SQLite's write
    /// lock serialises them).
    /// </summary>
    public Task<RuntimeResult<StartedInstance>> StartOnceAsync(
        string processKey, string businessKey, JsonObject? variables, Actor actor, CancellationToken ct = default) =>
        StartOnceAsync(processKey, businessKey, variables, actor, participant: null, ct);

    /// <summary>
    /// As above, with <paramref name="participant"/>'s writes in the start's transaction (a submission: the case's status,
    /// its audit row and stored response commit with the new instance, in one commit on one connection). When an
    /// instance already exists for the key, or the race is lost, the participant's writes do not happen (the loser's
    /// roll back with its step): the caller learns which from its own participant.
    /// </summary>
    public async Task<RuntimeResult<StartedInstance>> StartOnceAsync(
        string processKey, string businessKey, JsonObject? variables, Actor actor, IStepParticipant? participant, CancellationToken ct = default)
    {
        if (await StartedOnceAsync(businessKey, ct) is { } existing)
        {
            return RuntimeResult<StartedInstance>.Ok(existing);
        }

        try
        {
            return await StartAsync(processKey, businessKey, variables, actor, ct, uniqueKey: businessKey, participant);
        }
        catch (DbException)
        {
            // Only the race is expected here; any other database failure has left no instance behind and rethrows.
            if (await StartedOnceAsync(businessKey, CancellationToken.None) is { } winner)
            {
                return RuntimeResult<StartedInstance>.Ok(winner);
            }

            throw;
        }
    }

    private async Task<StartedInstance?> StartedOnceAsync(string businessKey, CancellationToken ct) =>
        (await queries.InstancesByBusinessKeyAsync(businessKey, ct)).FirstOrDefault(i => i.UniqueKey == businessKey) is { } instance
            ? new StartedInstance(instance.Id, instance.DefinitionId, instance.BusinessKey)
            : null;
}
