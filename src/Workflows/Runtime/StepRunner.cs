using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
/// How every step runs and commits, whoever asks for it (the runtime's commands, the instance migrator): run the work
/// to the next wait state inside a telemetry span, bump the instance's concurrency stamp, commit, and only then hand the
/// new timers and continuations to the scheduler. One place, so a step cannot commit one way for the runtime and
/// another for a migration.
/// </summary>
public sealed class StepRunner(
    ElementHandlerRegistry handlers,
    IExpressionEvaluator expressions,
    IWorkflowJobScheduler scheduler,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<StepRunner> logger)
{
    /// <summary>Runs <paramref name="work"/> as a step over <paramref name="instance"/> and commits it.</summary>
    internal async Task CommitAsync(
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
        await using var scope = NewScope();
        var jobs = await RunAsync(session, scope, instance, model, actor, mode, work, loadedBookmarks);
        if (participant is not null)
        {
            await participant.AfterStepAsync(session.Transaction, instance.Id, CancellationToken.None);
        }

        // Committed, the session has given its connection back (PostgreSQL) or left the writer (SQLite) before the
        // scheduler, which needs a connection of its own, is asked.
        await session.CommitAsync(CancellationToken.None);
        Schedule(jobs);
    }

    /// <summary>
    /// Runs <paramref name="work"/> to the next wait state and declares the instance changed, without committing.
    /// Returns the timers and continuations to schedule once (and only if) the transaction commits.
    /// </summary>
    internal async Task<IReadOnlyList<Bookmark>> RunAsync(
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

    /// <summary>A DI scope for the services one step (or one batch's steps) use.</summary>
    internal StepScope NewScope() => new(scopes);

    internal void Schedule(IEnumerable<Bookmark> jobs)
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
}
