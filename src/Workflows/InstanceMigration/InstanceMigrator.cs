using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// Moves ONE instance to the plan's target version in one transaction: its tokens, its wait states (tasks,
/// subscriptions, timers, boundary events, event sub-process starts) and its open incidents; variables stay as they
/// are. The instance is checked again inside the transaction, so one that moved on since the dry run is re-planned,
/// and one that cannot move is reported and left untouched — never half-migrated. The journal records the move.
/// </summary>
public sealed partial class InstanceMigrator(
    IWorkflowStore store,
    ElementHandlerRegistry handlers,
    IExpressionEvaluator expressions,
    IWorkflowJobScheduler scheduler,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<InstanceMigrator> logger)
{
    /// <summary>The journal event of a migration, on the process element.</summary>
    public const string MigratedEvent = "Migrated";

    /// <param name="dryRunStamp">The instance's concurrency stamp when the plan was shown; a different one means it was re-planned.</param>
    public async Task<MigrationOutcome> MigrateAsync(MigrationPlan plan, Guid instanceId, long? dryRunStamp, Actor actor, CancellationToken ct = default)
    {
        if (!plan.IsValid)
        {
            return MigrationOutcome.Failed(plan.Problems);
        }

        try
        {
            await using var session = await store.OpenAsync(ct);
            var instance = await session.FindInstanceAsync(instanceId, ct);
            if (Skip(plan, instance, instanceId) is { } skipped)
            {
                return skipped;
            }

            var bookmarks = await session.BookmarksOfAsync(instanceId, ct);
            var replanned = dryRunStamp is not null && dryRunStamp != instance!.ConcurrencyStamp;
            var report = InstanceCheck.Check(plan, instance!, bookmarks);
            if (!report.CanMigrate)
            {
                return MigrationOutcome.Failed(report.Problems, replanned);
            }

            await using var scope = new StepScope(scopes);
            var step = new StepContext(session, instance!, plan.Target, new StepServices(handlers, expressions, time, scope), actor, FailureMode.Incident);
            step.MarkBookmarksLoaded(bookmarks);
            await MoveAsync(step, plan, bookmarks);
            await step.RunAsync();
            instance!.ConcurrencyStamp++;
            session.Touch(instance);
            await session.CommitAsync(CancellationToken.None);
            Schedule(step.JobsToSchedule);
            return MigrationOutcome.Migrated(replanned);
        }
        catch (ConcurrencyConflictException)
        {
            return MigrationOutcome.Failed([MigrationProblem.Of(MigrationProblemCodes.ChangedConcurrently, plan.Source.Key,
                $"Expected instance {instanceId} to hold still while it migrated, but another step changed it first; run the batch again.",
                new { instanceId })]);
        }
    }

    private static MigrationOutcome? Skip(MigrationPlan plan, ProcessInstance? instance, Guid instanceId)
    {
        if (instance is null)
        {
            return MigrationOutcome.Failed([MigrationProblem.Of(MigrationProblemCodes.InstanceNotFound, plan.Source.Key,
                $"Expected instance {instanceId} to exist, but it does not.", new { instanceId })]);
        }

        if (instance.DefinitionId == plan.TargetDefinitionId)
        {
            return MigrationOutcome.Skipped(MigrationProblem.Of(MigrationProblemCodes.AlreadyOnTarget, plan.Target.Key,
                $"Instance {instanceId} already runs version {plan.TargetVersion}.", new { version = plan.TargetVersion }));
        }

        if (instance.Status != InstanceStatus.Active)
        {
            return MigrationOutcome.Skipped(MigrationProblem.Of(MigrationProblemCodes.InstanceEnded, plan.Source.Key,
                $"Instance {instanceId} has ended ({instance.Status}); there is nothing to migrate.", new { status = instance.Status.ToString() }));
        }

        return instance.DefinitionId != plan.SourceDefinitionId
            ? MigrationOutcome.Skipped(MigrationProblem.Of(MigrationProblemCodes.OtherVersion, plan.Source.Key,
                $"Expected instance {instanceId} to run version {plan.SourceVersion}, but it runs version {instance.ProcessVersion}.",
                new { expected = plan.SourceVersion, actual = instance.ProcessVersion }))
            : null;
    }

    private static JsonObject JournalData(MigrationPlan plan) => new()
    {
        ["from"] = plan.SourceVersion,
        ["to"] = plan.TargetVersion,
        ["mapping"] = new JsonArray(plan.Mappings.Select(m => (JsonNode)new JsonObject { ["source"] = m.Source, ["target"] = m.Target }).ToArray()),
    };

    private void Schedule(IEnumerable<Execution.Bookmarks.Bookmark> jobs)
    {
        foreach (var job in jobs)
        {
            try
            {
                scheduler.Schedule(job);
            }
            catch (Exception ex)
            {
                // Committed bookmarks are re-delivered by the overdue sweep: an outage delays a timer, never loses it.
                logger.LogWarning(ex, "Could not schedule job for bookmark {BookmarkId}; the sweeper will pick it up", job.Id);
            }
        }
    }
}
