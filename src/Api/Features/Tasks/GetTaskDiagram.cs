using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// The diagram of the version the task's instance runs on, with where it has been and where it stands: the reviewer
/// sees what happened before the task and what follows. Same access rule as <see cref="GetTask"/>.
/// </summary>
public static class GetTaskDiagram
{
    /// <param name="Completed">Elements and flows the journal shows completed or taken, in journal order.</param>
    /// <param name="Active">Elements holding a token now (repeated when several tokens wait there).</param>
    /// <param name="Incidents">Elements with an open incident.</param>
    public sealed record TaskDiagram(
        string Key,
        int Version,
        string Xml,
        IReadOnlyList<string> Completed,
        IReadOnlyList<string> Active,
        IReadOnlyList<string> Incidents);

    public sealed record Query(Guid TaskId, Actor Actor) : IQuery<Result<TaskDiagram>>;

    public sealed class Handler(IWorkflowQueries queries, IDefinitionRepository definitions, TimeProvider time) : IQueryHandler<Query, Result<TaskDiagram>>
    {
        public async ValueTask<Result<TaskDiagram>> Handle(Query query, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(query.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<TaskDiagram>(query.TaskId);
            }

            if (!TaskVisibility.Sees(task, query.Actor, time.GetUtcNow()))
            {
                return TaskVisibility.Unseen<TaskDiagram>(query.TaskId);
            }

            var instance = await queries.InstanceAsync(task.InstanceId, cancellationToken);
            var definition = instance is null ? null : await definitions.FindAsync(instance.DefinitionId, cancellationToken);
            if (instance is null || definition is null)
            {
                return Result<TaskDiagram>.NotFound(ErrorCodes.TaskDiagramGone.With(new { taskId = query.TaskId }));
            }

            var journal = await queries.JournalAsync(instance.Id, cancellationToken);
            var incidents = await queries.IncidentsAsync(openOnly: true, instance.Id, cancellationToken);
            return Result<TaskDiagram>.Ok(new TaskDiagram(
                definition.Key,
                definition.Version,
                definition.Xml,
                Completed(journal),
                [.. instance.Tokens.Select(t => t.ElementId)],
                [.. incidents.Select(i => i.ElementId).Distinct(StringComparer.Ordinal)]));
        }

        /// <summary>The process element itself is left out: marking it would tint the whole canvas.</summary>
        private static string[] Completed(IReadOnlyList<JournalEntry> journal) =>
        [
            .. journal
                .Where(e => e.Event is JournalEvents.Completed or JournalEvents.SequenceFlowTaken)
                .Where(e => e.ElementType != JournalEvents.ProcessElementType)
                .Select(e => e.ElementId)
                .Distinct(StringComparer.Ordinal),
        ];
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/diagram", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id, user.ToActor()), ct), diagram => TypedResults.Ok(diagram)))
            .WithName("GetTaskDiagram")
            .WithSummary("The BPMN XML of the task's process version, with completed, active and failed elements.")
            .Produces<TaskDiagram>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
