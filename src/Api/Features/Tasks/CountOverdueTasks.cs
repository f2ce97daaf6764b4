using System.Security.Claims;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// How many open tasks are past their due date, in total and per candidate group (a task offered to two groups counts
/// once in the total and once in each group). Supervisors and administrators get every group; a reviewer only theirs.
/// </summary>
public static class CountOverdueTasks
{
    public sealed record GroupCount(string Group, int Count);

    public sealed record OverdueCount(int Total, IReadOnlyList<GroupCount> ByGroup, DateTimeOffset At);

    public sealed record Query(Actor Actor) : IQuery<OverdueCount>;

    public sealed class Handler(IWorkflowQueries queries, TimeProvider time) : IQueryHandler<Query, OverdueCount>
    {
        public async ValueTask<OverdueCount> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var supervisor = query.Actor.IsSupervisor();
            if (!supervisor && query.Actor.Groups.Count == 0)
            {
                return new OverdueCount(0, [], now);
            }

            var total = await queries.TasksAsync(new TaskQuery
            {
                DueBefore = now,
                CandidateGroups = supervisor ? [] : query.Actor.Groups,
                PageSize = 1,
            }, cancellationToken);
            var byGroup = await queries.OpenTaskCountsByGroupAsync(now, cancellationToken);
            return new OverdueCount(
                total.Total,
                [.. byGroup.Where(g => supervisor || query.Actor.Groups.Contains(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new GroupCount(g.Key, g.Value))],
                now);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/overdue/count", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(user.ToActor()), ct)))
            .WithName("CountOverdueTasks")
            .WithSummary("Open tasks past their due date: the total and per group (supervisors and administrators: all groups).")
            .Produces<OverdueCount>();
}
