using System.Security.Claims;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Comments;

/// <summary>The comments on a task's case, oldest first, for whoever may see the task (supervisors too, once it is overdue).</summary>
public static class ListTaskComments
{
    public sealed record Query(Guid TaskId, Actor Actor) : IQuery<Result<IReadOnlyList<CommentView>>>;

    public sealed class Handler(IWorkflowQueries queries, CasesDbContextFactory cases, TimeProvider time) : IQueryHandler<Query, Result<IReadOnlyList<CommentView>>>
    {
        public async ValueTask<Result<IReadOnlyList<CommentView>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(query.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<IReadOnlyList<CommentView>>(query.TaskId);
            }

            if (!TaskVisibility.Sees(task, query.Actor, time.GetUtcNow()))
            {
                return TaskVisibility.Unseen<IReadOnlyList<CommentView>>(query.TaskId);
            }

            var key = CaseKeys.Of(task);
            await using var db = cases.Create();
            var comments = await db.Comments.AsNoTracking().Where(c => c.CaseKey == key).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
            return Result<IReadOnlyList<CommentView>>.Ok([.. comments.Select(CommentView.From)]);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/comments", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id, user.ToActor()), ct), list => TypedResults.Ok(list)))
            .WithName("ListTaskComments")
            .WithSummary("Comments on the task's case (reviewers and administrators), oldest first.")
            .Produces<IReadOnlyList<CommentView>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
