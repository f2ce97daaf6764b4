using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>The colleagues a task can be assigned or delegated to: reviewers of its groups, the caller left out.</summary>
public static class ListColleagues
{
    public sealed record Query(Guid TaskId, Actor Actor) : IQuery<Result<IReadOnlyList<Colleague>>>;

    public sealed class Handler(IWorkflowQueries queries, Colleagues colleagues) : IQueryHandler<Query, Result<IReadOnlyList<Colleague>>>
    {
        public async ValueTask<Result<IReadOnlyList<Colleague>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(query.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<IReadOnlyList<Colleague>>(query.TaskId);
            }

            return TaskVisibility.Sees(task, query.Actor)
                ? Result<IReadOnlyList<Colleague>>.Ok(await colleagues.ForAsync(task, query.Actor))
                : TaskVisibility.Unseen<IReadOnlyList<Colleague>>(query.TaskId);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/colleagues", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id, user.ToActor()), ct), list => TypedResults.Ok(list)))
            .WithName("ListTaskColleagues")
            .WithSummary("Reviewers of the task's groups it can be assigned or delegated to.")
            .Produces<IReadOnlyList<Colleague>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
