using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Diagnostics;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// The engine's commands. Each runs one step in one transaction: load the instance, run to the next wait state,
/// commit, and only then hand new timers and jobs to the scheduler. Callers get typed results, never exceptions for
/// expected outcomes.
/// </summary>
public sealed partial class WorkflowRuntime(
    IWorkflowStore store,
    IDefinitionRepository definitions,
    ModelCache models,
    ElementHandlerRegistry handlers,
    IExpressionEvaluator expressions,
    IWorkflowJobScheduler scheduler,
    IWorkflowQueries queries,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<WorkflowRuntime> logger)
{
    private TimeProvider Time => time;

    /// <summary>Runs <paramref name="work"/> as a step over <paramref name="instance"/> and commits it.</summary>
    private async Task CommitStepAsync(
        IWorkflowSession session,
        ProcessInstance instance,
        ProcessModel model,
        Actor actor,
        FailureMode mode,
        Func<StepContext, Task> work,
        IEnumerable<Bookmark>? loadedBookmarks = null,
        IStepParticipant? participant = null)
    {
        // The step's DI scope outlives the commit: a service a handler used may still hold the transaction's connection.
        await using var scope = new StepScope(scopes);
        var jobs = await RunStepAsync(session, scope, instance, model, actor, mode, work, loadedBookmarks);
        if (participant is not null)
        {
            await participant.AfterStepAsync(session.Transaction, instance.Id, CancellationToken.None);
        }

        await session.CommitAsync(CancellationToken.None);
        ScheduleJobs(jobs);
    }

    /// <summary>
    /// Runs <paramref name="work"/> to the next wait state and declares the instance changed, without committing.
    /// Returns the timers and continuations to schedule once (and only if) the transaction commits.
    /// </summary>
    private async Task<IReadOnlyList<Bookmark>> RunStepAsync(
        IWorkflowSession session,
        StepScope scope,
        ProcessInstance instance,
        ProcessModel model,
        Actor actor,
        FailureMode mode,
        Func<StepContext, Task> work,
        IEnumerable<Bookmark>? loadedBookmarks = null)
    {
        var step = new StepContext(session, instance, model, new StepServices(handlers, expressions, time, scope), actor, mode);
        if (loadedBookmarks is not null)
        {
            step.MarkBookmarksLoaded(loadedBookmarks);
        }

        using (var span = EngineTelemetry.StartStep(model.Key, instance.Id))
        {
            var started = time.GetTimestamp();
            try
            {
                await work(step);
                await step.RunAsync();
            }
            catch (Exception ex)
            {
                EngineTelemetry.Failed(span, model.Key, node: null, ex);
                throw;
            }
            finally
            {
                EngineTelemetry.StepEnded(model.Key, time.GetElapsedTime(started));
            }
        }

        instance.ConcurrencyStamp++;
        session.Touch(instance);
        return step.JobsToSchedule;
    }

    private void ScheduleJobs(IEnumerable<Bookmark> jobs)
    {
        foreach (var job in jobs)
        {
            try
            {
                scheduler.Schedule(job);
            }
            catch (Exception ex)
            {
                // The bookmark is committed; the sweeper re-delivers due bookmarks, so a scheduler outage delays a job but never loses it.
                logger.LogWarning(ex, "Could not schedule job for bookmark {BookmarkId}; the sweeper will pick it up", job.Id);
            }
        }
    }

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
