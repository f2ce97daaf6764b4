using Mediator;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// What an instance waits for now: its open user tasks (who holds or may claim them) and its bookmarks — timers with
/// their due time, message subscriptions with their correlation key, asynchronous jobs with their failed attempts.
/// The instance view shows these beside the diagram; <see cref="GetInstance"/> carries only the tokens.
/// </summary>
public static class GetInstanceWaitStates
{
    /// <param name="ElementName">The element's name in the instance's version of the diagram; null when unnamed.</param>
    public sealed record BookmarkItem(Guid Id, string ElementId, string Kind, string? MessageName, string? CorrelationKey, DateTimeOffset? DueAt, int Count, DateTimeOffset CreatedAt, string? ElementName = null);

    public sealed record WaitStates(IReadOnlyList<TaskSummary> Tasks, IReadOnlyList<BookmarkItem> Bookmarks);

    public sealed record Query(Guid InstanceId) : IQuery<Result<WaitStates>>;

    public sealed class Handler(IWorkflowQueries queries, ModelCache models) : IQueryHandler<Query, Result<WaitStates>>
    {
        public async ValueTask<Result<WaitStates>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await queries.InstanceAsync(query.InstanceId, cancellationToken) is not { } instance)
            {
                return Result<WaitStates>.NotFound(ErrorCodes.InstanceNotFound.With(new { instanceId = query.InstanceId }));
            }

            var model = await models.GetAsync(instance.DefinitionId, cancellationToken);
            // An instance has a handful of open tasks at most (parallel branches); 200 is the query's own page limit.
            var tasks = await queries.TasksAsync(
                new TaskQuery { InstanceId = query.InstanceId, Status = UserTaskStatus.Created, PageSize = 200 }, cancellationToken);
            var bookmarks = await queries.BookmarksAsync(query.InstanceId, cancellationToken);
            return new WaitStates(
                [.. tasks.Items.Select(t => t.ToSummary())],
                [.. bookmarks.Select(b => new BookmarkItem(b.Id, b.ElementId, b.Kind.ToString(), b.MessageName, b.CorrelationKey, b.DueAt, b.Count, b.CreatedAt, ElementNames.Of(model, b.ElementId)))]);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/instances/{id:guid}/wait-states", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id), ct), waitStates => TypedResults.Ok(waitStates)))
            .WithName("GetInstanceWaitStates")
            .WithSummary("An instance's open tasks and bookmarks (timers with due time, message subscriptions, jobs).")
            .Produces<WaitStates>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
